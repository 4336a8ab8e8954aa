/**
 * ITU-T G.729 / G.729 Annex A speech decoder with G.729 Annex B comfort-noise generation, written
 * from the recommendations (floating point, after the structure of the Annex A decoder).
 *
 * <p>{@link io.callrec.media.codec.g729.G729Decoder} is the only public class: an
 * {@link io.callrec.media.codec.AudioDecoder} for RTP payload type 18 (RFC 3551 §4.5.6) that also
 * exposes counters (speech frames, SID frames, concealed frames, comfort-noise frames, errors).
 * The stages are package-private: bit unpacking ({@code FrameBits}), LSF dequantisation
 * ({@code LsfDecoder}), pitch ({@code AdaptiveCodebook}), algebraic codebook
 * ({@code FixedCodebook}), gains ({@code GainDecoder}), LP synthesis ({@code Lpc}), Annex A
 * post-filter ({@code PostFilter}), high-pass output stage ({@code PostProcess}) and Annex B
 * excitation ({@code G729ComfortNoise}); the recommendation's constants are in {@code G729Tables}.
 */
package io.callrec.media.codec.g729;
