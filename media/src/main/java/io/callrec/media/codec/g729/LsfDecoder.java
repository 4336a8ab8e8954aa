package io.callrec.media.codec.g729;

import static io.callrec.media.codec.g729.G729Tables.M;

/**
 * LSF dequantisation with switched 4th-order MA prediction (G.729 §3.2.4, decoder §4.1.1), its
 * frame-erasure variant (§4.4.1: repeat the last LSFs and re-derive the codebook vector so the
 * predictor memory stays consistent), and the SID variant of Annex B §B.4, which shares the
 * predictor memory with speech frames.
 */
final class LsfDecoder {

    private static final double GAP1 = 0.0012;
    private static final double GAP2 = 0.0006;
    private static final double GAP3 = 0.0392;
    private static final double L_LIMIT = 0.005;
    private static final double M_LIMIT = 3.135;

    /** Previous codebook vectors l^(m-k), k = 1..4, reset to i*pi/11 (§4.1.1). */
    private final double[][] freqPrev = new double[4][M];
    /** LSFs (radians) of the last good speech frame, repeated on erasure. */
    private final double[] lastLsf = new double[M];
    private int lastMode;
    private final double[] buf = new double[M];
    private final double[] lsf = new double[M];

    LsfDecoder() {
        for (int i = 0; i < M; i++) {
            lastLsf[i] = (i + 1) * Math.PI / (M + 1);
            for (int k = 0; k < 4; k++) {
                freqPrev[k][i] = lastLsf[i];
            }
        }
    }

    /** §3.2.4: speech frame indices L0..L3 to quantised LSPs (cosine domain) in {@code lsp}. */
    void decode(int l0, int l1, int l2, int l3, double[] lsp) {
        double[] c1 = G729Tables.LSPCB1[l1];
        for (int i = 0; i < M / 2; i++) {
            buf[i] = c1[i] + G729Tables.LSPCB2[l2][i];
        }
        for (int i = M / 2; i < M; i++) {
            buf[i] = c1[i] + G729Tables.LSPCB2[l3][i];
        }
        expand(buf, GAP1);
        expand(buf, GAP2);
        compose(G729Tables.FG[l0], G729Tables.FG_SUM[l0]);
        shiftMemory();
        stabilise(lsf);
        System.arraycopy(lsf, 0, lastLsf, 0, M);
        lastMode = l0;
        toCosine(lsp);
    }

    /** §4.4.1: erased frame; the last good LSFs are used again. */
    void conceal(double[] lsp) {
        double[][] fg = G729Tables.FG[lastMode];
        double[] inv = G729Tables.FG_SUM_INV[lastMode];
        for (int i = 0; i < M; i++) {
            double s = lastLsf[i];
            for (int k = 0; k < 4; k++) {
                s -= freqPrev[k][i] * fg[k][i];
            }
            buf[i] = s * inv[i];
        }
        shiftMemory();
        System.arraycopy(lastLsf, 0, lsf, 0, M);
        toCosine(lsp);
    }

    /** Annex B §B.4: SID indices (MA switch, 5-bit and 4-bit stage indices) to LSPs. */
    void decodeSid(int mode, int i1, int i2, double[] lsp) {
        double[] c1 = G729Tables.LSPCB1[G729Tables.SID_PTR1[i1]];
        double[] low = G729Tables.LSPCB2[G729Tables.SID_PTR2[0][i2]];
        double[] high = G729Tables.LSPCB2[G729Tables.SID_PTR2[1][i2]];
        for (int i = 0; i < M; i++) {
            buf[i] = c1[i] + (i < M / 2 ? low[i] : high[i]);
        }
        expand(buf, GAP1);
        compose(G729Tables.NOISE_FG[mode], G729Tables.NOISE_FG_SUM[mode]);
        shiftMemory();
        stabilise(lsf);
        toCosine(lsp);
    }

    /** §3.2.4: push adjacent coefficients apart to a minimum distance of {@code gap}. */
    private static void expand(double[] b, double gap) {
        for (int j = 1; j < M; j++) {
            double d = (b[j - 1] - b[j] + gap) * 0.5;
            if (d > 0) {
                b[j - 1] -= d;
                b[j] += d;
            }
        }
    }

    /** §3.2.4 eq. 20: lsf = (1 - sum fg) * l + sum_k fg_k * l^(m-k). */
    private void compose(double[][] fg, double[] fgSum) {
        for (int i = 0; i < M; i++) {
            double s = buf[i] * fgSum[i];
            for (int k = 0; k < 4; k++) {
                s += fg[k][i] * freqPrev[k][i];
            }
            lsf[i] = s;
        }
    }

    private void shiftMemory() {
        double[] oldest = freqPrev[3];
        System.arraycopy(freqPrev, 0, freqPrev, 1, 3);
        freqPrev[0] = oldest;
        System.arraycopy(buf, 0, oldest, 0, M);
    }

    /** §3.2.4: order, bound to [0.005, 3.135] and keep a 0.0392 rad minimum distance. */
    private static void stabilise(double[] w) {
        for (int j = 0; j < M - 1; j++) {
            if (w[j + 1] < w[j]) {
                double t = w[j + 1];
                w[j + 1] = w[j];
                w[j] = t;
            }
        }
        if (w[0] < L_LIMIT) {
            w[0] = L_LIMIT;
        }
        for (int j = 0; j < M - 1; j++) {
            if (w[j + 1] - w[j] < GAP3) {
                w[j + 1] = w[j] + GAP3;
            }
        }
        if (w[M - 1] > M_LIMIT) {
            w[M - 1] = M_LIMIT;
        }
    }

    private void toCosine(double[] lsp) {
        for (int i = 0; i < M; i++) {
            lsp[i] = Math.cos(lsf[i]);
        }
    }
}
