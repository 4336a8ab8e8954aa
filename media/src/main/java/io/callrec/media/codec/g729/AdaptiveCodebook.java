package io.callrec.media.codec.g729;

import static io.callrec.media.codec.g729.G729Tables.INTER_3L;
import static io.callrec.media.codec.g729.G729Tables.PIT_MAX;
import static io.callrec.media.codec.g729.G729Tables.PIT_MIN;

/**
 * Pitch delay decoding and the adaptive-codebook vector (G.729 §3.7, decoder §4.1.3). A delay is
 * passed around packed as {@code t0 * 3 + frac + 1} (frac in {-1, 0, 1}) to avoid objects.
 */
final class AdaptiveCodebook {

    private static final int UP_SAMP = 3;
    private static final int L_INTER10 = 10;

    private AdaptiveCodebook() {
    }

    static int pack(int t0, int frac) {
        return t0 * 3 + frac + 1;
    }

    static int integer(int packed) {
        return packed / 3;
    }

    static int fraction(int packed) {
        return packed % 3 - 1;
    }

    /** §3.7.1 eq. 38: 8-bit index P1 of the first subframe, 1/3 resolution below 85. */
    static int decodeFirst(int p1) {
        if (p1 < 197) {
            int t0 = (p1 + 2) / 3 + 19;
            return pack(t0, p1 - 3 * t0 + 58);
        }
        return pack(p1 - 112, 0);
    }

    /** §3.7.1 eq. 40: 5-bit index P2 relative to the first subframe's integer delay. */
    static int decodeSecond(int p2, int t1) {
        int tMin = Math.max(t1 - 5, PIT_MIN);
        if (tMin + 9 > PIT_MAX) {
            tMin = PIT_MAX - 9;
        }
        int i = (p2 + 2) / 3 - 1;
        return pack(i + tMin, p2 - 2 - 3 * i);
    }

    /**
     * §3.7.1 eq. 40: u(n) = sum_i u(n - t0 + i) b30(frac + 3i) ..., the past excitation
     * interpolated at delay t0 + frac/3, written in place at {@code exc[pos..pos+n)}.
     */
    static void interpolate(double[] exc, int pos, int t0, int frac, int n) {
        int x0 = pos - t0;
        int f = -frac;
        if (f < 0) {
            f += UP_SAMP;
            x0--;
        }
        for (int j = 0; j < n; j++, x0++) {
            double s = 0;
            for (int i = 0, k = 0; i < L_INTER10; i++, k += UP_SAMP) {
                s += exc[x0 - i] * INTER_3L[f + k] + exc[x0 + 1 + i] * INTER_3L[UP_SAMP - f + k];
            }
            exc[pos + j] = s;
        }
    }
}
