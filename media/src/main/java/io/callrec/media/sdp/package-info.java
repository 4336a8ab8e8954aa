/**
 * SDP session descriptions (RFC 8866, formerly RFC 4566) as used by offer/answer (RFC 3264):
 * connection addresses, audio media lines with their payload-type maps (a=rtpmap, static types of
 * RFC 3551 Table 4), a=fmtp, a=ptime, direction attributes, telephone-event (RFC 4733) and comfort
 * noise (RFC 3389). Lenient: unknown or malformed lines are skipped, never fatal.
 */
package io.callrec.media.sdp;
