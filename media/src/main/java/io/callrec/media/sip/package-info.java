/**
 * SIP messages (RFC 3261 §7) from UDP datagrams ({@link io.callrec.media.sip.SipParser}) and TCP
 * byte streams ({@link io.callrec.media.sip.SipStreamFramer}, Content-Length framing per §18.3),
 * plus multipart bodies (RFC 2046 §5.1) so that SDP inside SIPREC's multipart/mixed is found.
 * Parsing never throws on bad input: garbage yields null and is counted by the caller.
 */
package io.callrec.media.sip;
