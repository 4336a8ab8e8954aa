/**
 * Placing decoded audio on a per-leg timeline by RTP timestamp (not arrival order), with bounded
 * memory: a reorder window in RAM in front of a temporary PCM file per leg. Gaps are filled by
 * cause (concealment for loss, RFC 3389 comfort noise, silence); RFC 4733 events become tones;
 * per-leg counters include RFC 3550 jitter, a measured clock rate and the lower envelope of the
 * packets' arrival delay ({@link io.callrec.media.timeline.ClockFit}), which places the leg on the
 * capture clock and measures its drift; {@link io.callrec.media.timeline.TimestampStalls} finds
 * senders that pause without advancing their timestamps.
 * A span gate keeps audio captured outside on-demand recording spans out of the tracks entirely.
 */
package io.callrec.media.timeline;
