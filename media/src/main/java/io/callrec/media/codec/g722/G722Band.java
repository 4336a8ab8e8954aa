package io.callrec.media.codec.g722;

/**
 * State of one sub-band ADPCM decoder: scale factor (blocks 3L/3H) and the pole-zero adaptive
 * predictor of block 4 (ITU-T G.722 §6, blocks 4L and 4H), which is the same for both bands.
 * All values are 16-bit fixed point as in the specification; {@link #sat} mirrors its saturation.
 */
final class G722Band {

    /** Logarithmic scale factor NBL/NBH and linear scale factor DETL/DETH. */
    int nb;
    int det;
    /** Predictor output SL/SH = SP + SZ. */
    int s;
    private int sp;
    private int sz;
    /** Quantized difference DLT history, index 0 = current (UPZERO, FILTEZ). */
    private final int[] d = new int[7];
    /** Zero-section coefficients BL1..BL6 and their updates. */
    private final int[] b = new int[7];
    private final int[] bp = new int[7];
    /** Reconstructed signal RLT and partial reconstruction PLT histories (RECONS, PARREC). */
    private final int[] r = new int[3];
    private final int[] p = new int[3];
    /** Pole-section coefficients AL1, AL2 and their updates. */
    private final int[] a = new int[3];
    private final int[] ap = new int[3];
    private final int initialDet;

    G722Band(int initialDet) {
        this.initialDet = initialDet;
        reset();
    }

    /** Initial state (§6): all variables zero except the scale factor at its minimum. */
    void reset() {
        nb = 0;
        det = initialDet;
        s = sp = sz = 0;
        java.util.Arrays.fill(d, 0);
        java.util.Arrays.fill(b, 0);
        java.util.Arrays.fill(bp, 0);
        java.util.Arrays.fill(r, 0);
        java.util.Arrays.fill(p, 0);
        java.util.Arrays.fill(a, 0);
        java.util.Arrays.fill(ap, 0);
    }

    /** After lost audio: forget the signal memory (no longer shared with the encoder), keep level and coefficients. */
    void forgetSignal() {
        s = sp = sz = 0;
        java.util.Arrays.fill(d, 0);
        java.util.Arrays.fill(r, 0);
        java.util.Arrays.fill(p, 0);
    }

    /** SCALEL/SCALEH: DET = 2^(NB) through the ILB table; {@code shiftBase} is 8 (lower) or 10 (higher band). */
    void scale(int shiftBase) {
        int mantissa = G722Tables.ILB[(nb >> 6) & 31];
        int shift = shiftBase - (nb >> 11);
        det = (shift < 0 ? mantissa << -shift : mantissa >> shift) << 2;
    }

    /** Block 4: RECONS, PARREC, UPPOL2, UPPOL1, UPZERO, DELAYA, FILTEP, FILTEZ, PREDIC for the difference {@code dt}. */
    void adapt(int dt) {
        d[0] = dt;
        r[0] = sat(s + dt);
        p[0] = sat(sz + dt);

        // UPPOL2: second pole coefficient, leakage 1 - 2^-7, limited to |AL2| <= 0.75.
        int sg0 = p[0] >> 15;
        int sg1 = p[1] >> 15;
        int sg2 = p[2] >> 15;
        int wd1 = sat(a[1] << 2);
        int wd2 = sg0 == sg1 ? -wd1 : wd1;
        if (wd2 > 32767) {
            wd2 = 32767;
        }
        int wd3 = (wd2 >> 7) + (sg0 == sg2 ? 128 : -128) + ((a[2] * 32512) >> 15);
        ap[2] = Math.max(-12288, Math.min(12288, wd3));

        // UPPOL1: first pole coefficient, leakage 1 - 2^-8, limited by 1 - 2^-4 - AL2.
        int ap1 = sat((sg0 == sg1 ? 192 : -192) + ((a[1] * 32640) >> 15));
        int limit = sat(15360 - ap[2]);
        ap[1] = Math.max(-limit, Math.min(limit, ap1));

        // UPZERO: sign-sign update of the six zero coefficients, leakage 1 - 2^-8.
        int step = dt == 0 ? 0 : 128;
        int sgd = dt >> 15;
        for (int i = 1; i < 7; i++) {
            int delta = (d[i] >> 15) == sgd ? step : -step;
            bp[i] = sat(delta + ((b[i] * 32640) >> 15));
        }

        // DELAYA: shift histories and install the new coefficients.
        for (int i = 6; i > 0; i--) {
            d[i] = d[i - 1];
            b[i] = bp[i];
        }
        for (int i = 2; i > 0; i--) {
            r[i] = r[i - 1];
            p[i] = p[i - 1];
            a[i] = ap[i];
        }

        // FILTEP, FILTEZ, PREDIC.
        sp = sat(((a[1] * sat(r[1] + r[1])) >> 15) + ((a[2] * sat(r[2] + r[2])) >> 15));
        int acc = 0;
        for (int i = 6; i > 0; i--) {
            acc += (b[i] * sat(d[i] + d[i])) >> 15;
        }
        sz = sat(acc);
        s = sat(sp + sz);
    }

    static int sat(int v) {
        return v > 32767 ? 32767 : (v < -32768 ? -32768 : v);
    }
}
