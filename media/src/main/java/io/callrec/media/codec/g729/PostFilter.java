package io.callrec.media.codec.g729;

import static io.callrec.media.codec.g729.G729Tables.L_FRAME;
import static io.callrec.media.codec.g729.G729Tables.L_SUBFR;
import static io.callrec.media.codec.g729.G729Tables.M;
import static io.callrec.media.codec.g729.G729Tables.PIT_MAX;

import java.util.Arrays;

/**
 * The reduced-complexity adaptive post-filter of G.729 §4.2 in its Annex A form, per 5 ms subframe:
 * residual through A(z/0.55); long-term filter with the best integer delay within +-3 of the
 * decoded pitch; tilt compensation from the first correlation of the impulse response of
 * A(z/0.55)/A(z/0.7); short-term filter 1/A(z/0.7); adaptive gain control (AGC). Annex B §B.4:
 * the long-term part is skipped for comfort-noise frames. About 150 lines because the five stages
 * share the state of one filter chain; each stage is its own method.
 */
final class PostFilter {

    private static final double GAMMA_N = 0.55;
    private static final double GAMMA_D = 0.70;
    private static final double GAMMA_P = 0.5;
    private static final double MU = 0.8;
    private static final double AGC_FAC = 0.9;
    private static final int L_H = 22;

    /** Residual history for the long-term search: PIT_MAX past samples, then the subframe. */
    private final double[] res2 = new double[PIT_MAX + L_SUBFR];
    private final double[] res2Pst = new double[L_SUBFR];
    private final double[] memSyn = new double[M];
    private final double[] ap3 = new double[M + 1];
    private final double[] ap4 = new double[M + 1];
    private final double[] h = new double[L_H];
    private final double[] hMem = new double[M];
    private double memPre;
    private double pastGain = 1.0;

    /**
     * Filters {@code syn[M..M+80)} (preceded by M samples of unfiltered history) into
     * {@code out[0..80)}. {@code az} holds both subframes' A(z), {@code t} their integer delays.
     */
    void filter(double[] syn, double[] az, int[] t, boolean voiceActive, double[] out) {
        for (int sf = 0; sf < 2; sf++) {
            int start = M + sf * L_SUBFR;
            Lpc.weight(az, sf * (M + 1), GAMMA_N, ap3);
            Lpc.weight(az, sf * (M + 1), GAMMA_D, ap4);
            Lpc.residual(ap3, syn, start, res2, PIT_MAX, L_SUBFR);
            if (voiceActive) {
                longTerm(t[sf]);
            } else {
                System.arraycopy(res2, PIT_MAX, res2Pst, 0, L_SUBFR);
            }
            tilt();
            Lpc.synthesis(ap4, 0, res2Pst, 0, out, sf * L_SUBFR, L_SUBFR, memSyn);
            gainControl(syn, start, out, sf * L_SUBFR);
            System.arraycopy(res2, L_SUBFR, res2, 0, PIT_MAX);
        }
        System.arraycopy(syn, L_FRAME, syn, 0, M);
    }

    /**
     * §4.2.1, Annex A form: harmonic filter (1 + g z^-T)/(1 + g) with the best integer delay,
     * switched off below 3 dB prediction gain.
     */
    private void longTerm(int pitch) {
        int tMin = pitch - 3;
        int tMax = tMin + 6;
        if (tMax > PIT_MAX) {
            tMax = PIT_MAX;
            tMin = tMax - 6;
        }
        double corMax = Double.NEGATIVE_INFINITY;
        int best = tMin;
        for (int t = tMin; t <= tMax; t++) {
            double c = 0;
            for (int j = 0; j < L_SUBFR; j++) {
                c += res2[PIT_MAX + j] * res2[PIT_MAX + j - t];
            }
            if (c > corMax) {
                corMax = c;
                best = t;
            }
        }
        double ener = 0;
        double ener0 = 0;
        for (int j = 0; j < L_SUBFR; j++) {
            double d = res2[PIT_MAX + j - best];
            ener += d * d;
            ener0 += res2[PIT_MAX + j] * res2[PIT_MAX + j];
        }
        corMax = Math.max(corMax, 0);
        if (corMax * corMax < 0.5 * ener * ener0) {
            System.arraycopy(res2, PIT_MAX, res2Pst, 0, L_SUBFR);
            return;
        }
        double g0;
        double gain;
        if (corMax > ener) {
            g0 = 1.0 / (1.0 + GAMMA_P);
            gain = GAMMA_P / (1.0 + GAMMA_P);
        } else {
            double c = GAMMA_P * corMax;
            gain = c + ener > 0 ? c / (c + ener) : 0;
            g0 = 1.0 - gain;
        }
        for (int j = 0; j < L_SUBFR; j++) {
            res2Pst[j] = g0 * res2[PIT_MAX + j] + gain * res2[PIT_MAX + j - best];
        }
    }

    /** §4.2.3, Annex A form: 1 - MU k1 z^-1, k1 from the impulse response of A(z/gn)/A(z/gd). */
    private void tilt() {
        System.arraycopy(ap3, 0, h, 0, M + 1);
        Arrays.fill(h, M + 1, L_H, 0.0);
        Arrays.fill(hMem, 0.0);
        Lpc.synthesis(ap4, 0, h, 0, h, 0, L_H, hMem);
        double r0 = 0;
        double r1 = 0;
        for (int i = 0; i < L_H; i++) {
            r0 += h[i] * h[i];
            if (i < L_H - 1) {
                r1 += h[i] * h[i + 1];
            }
        }
        double k = r1 <= 0 || r0 <= 0 ? 0 : MU * r1 / r0;
        double last = res2Pst[L_SUBFR - 1];
        for (int i = L_SUBFR - 1; i > 0; i--) {
            res2Pst[i] -= k * res2Pst[i - 1];
        }
        res2Pst[0] -= k * memPre;
        memPre = last;
    }

    /** §4.2.4: per-sample gain g(n) = 0.9 g(n-1) + 0.1 sqrt(E_in / E_out). */
    private void gainControl(double[] in, int inOff, double[] out, int outOff) {
        double eOut = 0;
        double eIn = 0;
        for (int i = 0; i < L_SUBFR; i++) {
            eOut += out[outOff + i] * out[outOff + i];
            eIn += in[inOff + i] * in[inOff + i];
        }
        if (eOut == 0) {
            pastGain = 0;
            return;
        }
        double g0 = eIn == 0 ? 0 : Math.sqrt(eIn / eOut) * (1.0 - AGC_FAC);
        double g = pastGain;
        for (int i = 0; i < L_SUBFR; i++) {
            g = g * AGC_FAC + g0;
            out[outOff + i] *= g;
        }
        pastGain = g;
    }
}
