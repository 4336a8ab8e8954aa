/**
 * Signal processing for decoders and the render stage: a windowed-sinc kernel for band-limited
 * resampling at any ratio in the render pass (8 to 16 kHz up-sampling, 48 to 16 kHz
 * down-sampling, clock-drift stretching), and a streaming polyphase windowed-sinc resampler
 * (used to bring 48 kHz Opus output down to the 8/16 kHz the engine mixes at).
 */
package io.callrec.media.dsp;
