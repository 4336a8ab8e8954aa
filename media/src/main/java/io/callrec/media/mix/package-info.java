/** Combining per-leg PCM into the output channels: saturating mono sum or one leg per stereo side. */
package io.callrec.media.mix;
