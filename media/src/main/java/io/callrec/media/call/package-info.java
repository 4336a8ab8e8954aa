/**
 * The calls a capture's signalling describes: {@link io.callrec.media.call.SipDialog} per Call-ID
 * with caller/callee, each side's SDP over time (initial offer/answer, late offer, re-INVITEs) and
 * SIP INFO events (Record: on/off, DTMF relay); {@link io.callrec.media.call.SignallingCollector}
 * builds them from UDP datagrams and TCP byte streams; {@link io.callrec.media.call.SideFile}
 * supplies the same knowledge for captures without SIP (rtpengine metadata, our JSON side file).
 */
package io.callrec.media.call;
