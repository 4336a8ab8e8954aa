/**
 * Signal processing shared by decoders and the engine: a streaming polyphase windowed-sinc
 * resampler (used to bring 48 kHz Opus output down to the 8/16 kHz the engine mixes at).
 */
package io.callrec.media.dsp;
