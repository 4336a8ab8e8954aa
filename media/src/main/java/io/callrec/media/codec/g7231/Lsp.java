package io.callrec.media.codec.g7231;

import static io.callrec.media.codec.g7231.ChannelState.ORDER;

/**
 * LSP side of the decoder: inverse vector quantisation with first-order prediction and stability
 * enforcement (ITU-T G.723.1 §3.2), linear interpolation to the four subframes and LSP to LPC
 * conversion through the cosine table (§3.3).
 */
final class Lsp {

    /** Scratch for the F1/F2 polynomial coefficients (reused, no per-frame allocation). */
    private final int[] f1 = new int[ORDER / 2 + 1];
    private final int[] f2 = new int[ORDER / 2 + 1];

    /**
     * Decodes the three split-VQ indices into {@code cur}, predicted from {@code prev}. An erased
     * frame uses index 0 (the DC vector), a stronger predictor (23552 instead of 12288, Q15) and a
     * wider minimum spacing (§3.10). An LSP vector that cannot be made stable is replaced by the
     * previous one.
     */
    static void inverseQuantize(short[] cur, short[] prev, int[] index, boolean erased) {
        int minDist = erased ? 0x200 : 0x100;
        int pred = erased ? 23552 : 12288;
        int i0 = erased ? 0 : index[0];
        int i1 = erased ? 0 : index[1];
        int i2 = erased ? 0 : index[2];
        for (int k = 0; k < 3; k++) {
            cur[k] = G7231Tables.LSP_BAND0[i0 * 3 + k];
            cur[3 + k] = G7231Tables.LSP_BAND1[i1 * 3 + k];
        }
        for (int k = 0; k < 4; k++) {
            cur[6 + k] = G7231Tables.LSP_BAND2[i2 * 4 + k];
        }
        for (int i = 0; i < ORDER; i++) {
            int dc = G7231Tables.DC_LSP[i];
            int predicted = ((prev[i] - dc) * pred + (1 << 14)) >> 15;
            cur[i] = (short) (cur[i] + dc + predicted);
        }
        boolean stable = false;
        for (int pass = 0; pass < ORDER && !stable; pass++) {
            cur[0] = (short) Math.max(cur[0], 0x180);
            cur[ORDER - 1] = (short) Math.min(cur[ORDER - 1], 0x7e00);
            for (int j = 1; j < ORDER; j++) {
                int overlap = minDist + cur[j - 1] - cur[j];
                if (overlap > 0) {
                    overlap >>= 1;
                    cur[j - 1] = (short) (cur[j - 1] - overlap);
                    cur[j] = (short) (cur[j] + overlap);
                }
            }
            stable = true;
            for (int j = 1; j < ORDER; j++) {
                if (cur[j - 1] + minDist - cur[j] - 4 > 0) {
                    stable = false;
                    break;
                }
            }
        }
        if (!stable) {
            System.arraycopy(prev, 0, cur, 0, ORDER);
        }
    }

    /**
     * Interpolates between the previous and current LSP (weights 3/4, 1/2, 1/4, 0 for the previous
     * vector) and converts each subframe's LSP to LPC coefficients in {@code lpc} (4 x 10, Q12).
     */
    void interpolate(short[] lpc, short[] cur, short[] prev) {
        for (int k = 0; k < ORDER; k++) {
            lpc[k] = (short) Fx.clip16((cur[k] * 4096 + prev[k] * 12288 + (1 << 13)) >> 14);
            lpc[ORDER + k] = (short) Fx.clip16((cur[k] * 8192 + prev[k] * 8192 + (1 << 13)) >> 14);
            lpc[2 * ORDER + k] = (short) Fx.clip16((cur[k] * 12288 + prev[k] * 4096 + (1 << 13)) >> 14);
            lpc[3 * ORDER + k] = cur[k];
        }
        for (int s = 0; s < 4; s++) {
            toLpc(lpc, s * ORDER);
        }
    }

    /** 2ab scaled by 2^-16 for a 32-bit a and 16-bit b, split to stay within 32 bits. */
    private static int mull2(int a, int b) {
        return ((a >> 16) * b * 2) + (((a & 0xffff) * b) >> 15);
    }

    /**
     * Converts one LSP vector (in place) to LPC: -cos of each frequency by table interpolation, then
     * the sum and difference polynomials F1, F2 built with a halving per stage (Q28 to Q25).
     */
    private void toLpc(short[] lpc, int o) {
        for (int j = 0; j < ORDER; j++) {
            int v = lpc[o + j];
            int index = (v >> 7) & 0x1FF;
            int frac = v & 0x7f;
            int t1 = G7231Tables.COS[index] << 16;
            int t2 = (G7231Tables.COS[index + 1] - G7231Tables.COS[index]) * (((frac << 8) + 0x80) << 1);
            lpc[o + j] = (short) -(Fx.satDadd(1 << 15, t1 + t2) >> 16);
        }
        f1[0] = 1 << 28;
        f1[1] = (lpc[o] + lpc[o + 2]) << 14;
        f1[2] = lpc[o] * lpc[o + 2] + (2 << 28);
        f2[0] = 1 << 28;
        f2[1] = (lpc[o + 1] + lpc[o + 3]) << 14;
        f2[2] = lpc[o + 1] * lpc[o + 3] + (2 << 28);
        for (int i = 2; i < ORDER / 2; i++) {
            int c1 = lpc[o + 2 * i];
            int c2 = lpc[o + 2 * i + 1];
            f1[i + 1] = Fx.clip32((long) f1[i - 1] + mull2(f1[i], c1));
            f2[i + 1] = Fx.clip32((long) f2[i - 1] + mull2(f2[i], c2));
            for (int j = i; j >= 2; j--) {
                f1[j] = mull2(f1[j - 1], c1) + (f1[j] >> 1) + (f1[j - 2] >> 1);
                f2[j] = mull2(f2[j - 1], c2) + (f2[j] >> 1) + (f2[j - 2] >> 1);
            }
            f1[0] >>= 1;
            f2[0] >>= 1;
            f1[1] = (((c1 << 16) >> i) + f1[1]) >> 1;
            f2[1] = (((c2 << 16) >> i) + f2[1]) >> 1;
        }
        for (int i = 0; i < ORDER / 2; i++) {
            long ff1 = f1[i + 1] + f1[i];
            long ff2 = f2[i + 1] - f2[i];
            lpc[o + i] = (short) (Fx.clip32(((ff1 + ff2) << 3) + (1 << 15)) >> 16);
            lpc[o + ORDER - i - 1] = (short) (Fx.clip32(((ff1 - ff2) << 3) + (1 << 15)) >> 16);
        }
    }
}
