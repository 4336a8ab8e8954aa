/**
 * Two clocks meet at conversion: the switch's (or billing host's), which timed the call record (xDR
 * connect and disconnect, control events, transfer and parking legs), and the capture's, which timed
 * the packets. {@link io.callrec.domain.clock.ClockAlignment} measures their offset at the call's connect
 * and moves the call record's times onto the capture's timeline.
 */
package io.callrec.domain.clock;
