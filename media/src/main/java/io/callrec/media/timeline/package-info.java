/**
 * Placing decoded audio on a per-leg timeline by RTP timestamp (not arrival order), with bounded
 * memory: a reorder window in RAM in front of a temporary PCM file per leg.
 */
package io.callrec.media.timeline;
