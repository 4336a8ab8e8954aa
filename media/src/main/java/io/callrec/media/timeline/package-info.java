/**
 * Placing decoded audio on a per-leg timeline by RTP timestamp (not arrival order), with bounded
 * memory: a reorder window in RAM in front of a temporary PCM file per leg. Gaps are filled by
 * cause (concealment for loss, RFC 3389 comfort noise, silence); RFC 4733 events become tones;
 * per-leg counters include RFC 3550 jitter, a clock-drift estimate and a measured clock rate.
 * A span gate keeps audio captured outside on-demand recording spans out of the tracks entirely.
 */
package io.callrec.media.timeline;
