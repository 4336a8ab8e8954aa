/**
 * Combining per-leg PCM into the output channels: saturating mono sum or one leg per stereo side;
 * {@code ResampledSource} reads a leg at another rate or stretched for clock drift.
 */
package io.callrec.media.mix;
