package io.callrec.media.codec.g729;

import java.util.Arrays;

/** The 17-bit algebraic codebook: four unit pulses on interleaved tracks (G.729 §3.8, Table 7). */
final class FixedCodebook {

    private FixedCodebook() {
    }

    /**
     * §4.1.4: C carries the positions (3+3+3+1+3 bits: tracks 0-2, track 3 offset bit, track 3),
     * S the signs (bit i set = pulse i positive).
     */
    static void decode(int c, int s, double[] code) {
        Arrays.fill(code, 0.0);
        int p0 = 5 * (c & 7);
        int p1 = 5 * ((c >>> 3) & 7) + 1;
        int p2 = 5 * ((c >>> 6) & 7) + 2;
        int p3 = 5 * ((c >>> 10) & 7) + 3 + ((c >>> 9) & 1);
        code[p0] = (s & 1) != 0 ? 1.0 : -1.0;
        code[p1] = (s & 2) != 0 ? 1.0 : -1.0;
        code[p2] = (s & 4) != 0 ? 1.0 : -1.0;
        code[p3] = (s & 8) != 0 ? 1.0 : -1.0;
    }
}
