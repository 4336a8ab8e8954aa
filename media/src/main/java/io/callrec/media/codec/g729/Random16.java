package io.callrec.media.codec.g729;

/**
 * The 16-bit linear congruential generator of G.729 §4.4.4 and Annex B §B.4:
 * seed = seed * 31821 + 13849 (modulo 2^16, signed). Used for the random fixed-codebook index of
 * erased frames and for the comfort-noise excitation.
 */
final class Random16 {

    private final short initial;
    private short seed;

    Random16(int initial) {
        this.initial = (short) initial;
        this.seed = this.initial;
    }

    /** Next value in [-32768, 32767]. */
    int next() {
        seed = (short) (seed * 31821 + 13849);
        return seed;
    }

    void reset() {
        seed = initial;
    }
}
