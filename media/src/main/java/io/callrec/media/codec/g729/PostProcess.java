package io.callrec.media.codec.g729;

/** G.729 §4.2.5: 100 Hz second-order high-pass, then rounding and saturation to 16 bits. */
final class PostProcess {

    private double x1;
    private double x2;
    private double y1;
    private double y2;

    void apply(double[] in, int n, short[] out, int outOffset) {
        double[] b = G729Tables.HP100_B;
        double[] a = G729Tables.HP100_A;
        for (int i = 0; i < n; i++) {
            double x0 = in[i];
            double y0 = a[1] * y1 + a[2] * y2 + b[0] * x0 + b[1] * x1 + b[2] * x2;
            x2 = x1;
            x1 = x0;
            y2 = y1;
            y1 = y0;
            long r = Math.round(y0);
            out[outOffset + i] = (short) Math.max(-32768, Math.min(32767, r));
        }
    }
}
