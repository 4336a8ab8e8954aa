package io.callrec.media.codec.g729;

import static io.callrec.media.codec.g729.G729Tables.M;

/** Linear-prediction helpers shared by synthesis and post-filter (G.729 §3.2.6, §4.1.6, §4.2). */
final class Lpc {

    private Lpc() {
    }

    /**
     * §3.2.6: LSP (cosine domain) to A(z) = 1 + a1 z^-1 + ... + a10 z^-10, written to
     * {@code a[offset..offset+10]}, via the symmetric and antisymmetric polynomials F1 and F2.
     */
    static void lspToA(double[] lsp, double[] a, int offset, double[] f1, double[] f2) {
        polynomial(lsp, 0, f1);
        polynomial(lsp, 1, f2);
        for (int i = 5; i > 0; i--) {
            f1[i] += f1[i - 1];
            f2[i] -= f2[i - 1];
        }
        a[offset] = 1.0;
        for (int i = 1; i <= 5; i++) {
            a[offset + i] = 0.5 * (f1[i] + f2[i]);
            a[offset + M + 1 - i] = 0.5 * (f1[i] - f2[i]);
        }
    }

    /** §3.2.6 eq. 25: coefficients of prod (1 - 2 q_i z^-1 + z^-2) over every other LSP. */
    private static void polynomial(double[] lsp, int first, double[] f) {
        f[0] = 1.0;
        f[1] = -2.0 * lsp[first];
        for (int i = 2; i <= 5; i++) {
            double b = -2.0 * lsp[first + 2 * (i - 1)];
            f[i] = b * f[i - 1] + 2.0 * f[i - 2];
            for (int j = i - 1; j > 1; j--) {
                f[j] += b * f[j - 1] + f[j - 2];
            }
            f[1] += b;
        }
    }

    /** A(z/gamma): a_i gamma^i. */
    static void weight(double[] a, int offset, double gamma, double[] out) {
        double g = 1.0;
        for (int i = 0; i <= M; i++) {
            out[i] = a[offset + i] * g;
            g *= gamma;
        }
    }

    /** FIR A(z): y[i] = sum a_j x[i-j]; x must have M samples of history before xOff. */
    static void residual(double[] a, double[] x, int xOff, double[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            double s = x[xOff + i];
            for (int j = 1; j <= M; j++) {
                s += a[j] * x[xOff + i - j];
            }
            y[yOff + i] = s;
        }
    }

    /**
     * IIR 1/A(z) with its memory {@code mem} (the last M outputs, oldest first); the memory is
     * updated. Returns the largest output magnitude so callers can emulate the reference overflow
     * handling.
     */
    static double synthesis(double[] a, int aOff, double[] x, int xOff, double[] y, int yOff, int n,
            double[] mem) {
        double peak = 0;
        for (int i = 0; i < n; i++) {
            double s = x[xOff + i];
            for (int j = 1; j <= M; j++) {
                int k = i - j;
                s -= a[aOff + j] * (k >= 0 ? y[yOff + k] : mem[M + k]);
            }
            y[yOff + i] = s;
            peak = Math.max(peak, Math.abs(s));
        }
        if (n >= M) {
            System.arraycopy(y, yOff + n - M, mem, 0, M);
        }
        return peak;
    }
}
