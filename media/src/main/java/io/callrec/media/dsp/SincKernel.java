package io.callrec.media.dsp;

/**
 * Kaiser-windowed sinc low-pass for band-limited interpolation at arbitrary positions (the
 * Smith/Gossett resampling method): the kernel is tabulated at {@link #PHASES} points per input
 * sample and linearly interpolated between them. {@code cutoff} is the pass-band edge as a
 * fraction of the input Nyquist frequency; below 1 for down-sampling the kernel widens by
 * 1/cutoff so it also removes what would alias. Gain at DC is 1.
 */
public final class SincKernel {

    static final int PHASES = 512;
    /** Kaiser beta for about 80 dB stop-band attenuation (Kaiser's formula 0.1102 (A - 8.7)). */
    private static final double BETA = 7.857;

    private final int half;
    private final float[] table;

    public SincKernel(double cutoff, int zeroCrossings) {
        if (!(cutoff > 0 && cutoff <= 1) || zeroCrossings < 2) {
            throw new IllegalArgumentException("cutoff in (0, 1], zero crossings >= 2");
        }
        half = (int) Math.ceil(zeroCrossings / cutoff);
        table = new float[half * PHASES + 2];
        double i0Beta = besselI0(BETA);
        for (int i = 0; i < table.length; i++) {
            double t = (double) i / PHASES;
            double r = t / half;
            double window = r >= 1 ? 0 : besselI0(BETA * Math.sqrt(1 - r * r)) / i0Beta;
            double x = Math.PI * cutoff * t;
            table[i] = (float) (cutoff * (t == 0 ? 1 : Math.sin(x) / x) * window);
        }
    }

    /** Kernel for converting {@code inputRate} to {@code outputRate}: pass band 90 % of the lower Nyquist. */
    public static SincKernel forRates(double inputRate, double outputRate) {
        return new SincKernel(0.9 * Math.min(1, outputRate / inputRate), 24);
    }

    /** Input samples used on each side of an output position. */
    public int halfWidth() {
        return half;
    }

    /** Value at {@code x[center + frac]}: sum of x[center + k] h(k - frac) for k in (-half, half]. */
    public double apply(float[] x, int center, double frac) {
        double sum = 0;
        for (int k = -half + 1; k <= half; k++) {
            double t = Math.abs(k - frac) * PHASES;
            int i = (int) t;
            if (i >= table.length - 1) {
                continue;
            }
            double w = table[i] + (t - i) * (table[i + 1] - table[i]);
            sum += x[center + k] * w;
        }
        return sum;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }
}
