/**
 * Web events: handlers that external applications register to receive signed JSON POSTs about
 * recordings' outcomes, the attempts to deliver them, and the pure rules of that delivery (which
 * outcomes are which event, the signature, the retry schedule, the URL check).
 */
package io.callrec.domain.webevent;
