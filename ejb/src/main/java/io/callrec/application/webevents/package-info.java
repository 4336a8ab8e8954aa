/**
 * Use cases of web events: registering handlers (admins any, a customer user its customer's), and
 * delivering the outcome feed to each handler in order, at least once, signed, with retries; each
 * handler sees only what its audience may see by the one visibility rule.
 */
package io.callrec.application.webevents;
