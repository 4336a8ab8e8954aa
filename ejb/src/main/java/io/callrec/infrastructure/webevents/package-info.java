/** Web events on the wire: their settings and the HTTP client that posts them. */
package io.callrec.infrastructure.webevents;
