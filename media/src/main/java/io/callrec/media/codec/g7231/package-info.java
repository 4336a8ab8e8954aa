/**
 * ITU-T G.723.1 speech decoder (6.3 kbit/s MP-MLQ, 5.3 kbit/s ACELP, Annex A comfort noise) in the
 * fixed-point arithmetic of the recommendation. {@link io.callrec.media.codec.g7231.G7231Decoder} is
 * the only public type; the package-private stages follow the decoder sections of the
 * recommendation: {@code FrameParams} (bit allocation and packing), {@code Lsp} (§3.2-3.3), {@code Excitation}
 * (§3.4-3.5, §2.16), {@code PitchPostFilter} (§3.6), {@code FormantPostFilter} (§3.8-3.9),
 * {@code Erasure} (§3.10), {@code G7231ComfortNoise} (Annex A) and {@code FrameDecoder}, which runs them.
 */
package io.callrec.media.codec.g7231;
