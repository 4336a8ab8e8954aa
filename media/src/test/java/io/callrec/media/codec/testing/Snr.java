package io.callrec.media.codec.testing;

/**
 * Test helper: signal-to-noise ratio of a decoded signal against a reference, in dB, at the
 * alignment (lag within ±maxLag samples) that gives the best value; both are compared over
 * their common length after the lag.
 */
public final class Snr {

    public record Result(double db, int lag, int samples) {
        @Override
        public String toString() {
            return String.format("%.1f dB (lag %d, %d samples)", db, lag, samples);
        }
    }

    private Snr() {
    }

    /** The lag is searched on (at most) 65536 samples from the middle, then the SNR is taken over all samples. */
    public static Result best(short[] reference, int refLength, short[] test, int testLength, int maxLag) {
        int window = Math.min(refLength, 65536);
        int start = (refLength - window) / 2;
        int bestLag = 0;
        double bestDb = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double db = segment(reference, start, window, test, testLength, lag);
            if (db > bestDb) {
                bestDb = db;
                bestLag = lag;
            }
        }
        return at(reference, refLength, test, testLength, bestLag);
    }

    private static double segment(short[] reference, int start, int count, short[] test, int testLength, int lag) {
        double signal = 0;
        double noise = 0;
        for (int i = Math.max(start, -lag); i < start + count && i + lag < testLength; i++) {
            double r = reference[i];
            double e = r - test[i + lag];
            signal += r * r;
            noise += e * e;
        }
        return noise == 0 ? 200 : 10 * Math.log10(signal / noise);
    }


    /**
     * As {@link #best} after low-passing both signals at {@code fraction} of their Nyquist
     * frequency (255-tap Hann-windowed sinc): compares two different resamplers' outputs on the
     * band both pass, not on their differing transition bands.
     */
    public static Result bestBandLimited(short[] reference, int refLength, short[] test, int testLength, int maxLag, double fraction) {
        short[] r = lowPass(reference, refLength, fraction);
        short[] t = lowPass(test, testLength, fraction);
        return best(r, refLength, t, testLength, maxLag);
    }

    private static short[] lowPass(short[] x, int n, double fraction) {
        int taps = 255;
        int centre = taps / 2;
        double[] h = new double[taps];
        double sum = 0;
        for (int i = 0; i < taps; i++) {
            int k = i - centre;
            double sinc = k == 0 ? fraction : Math.sin(Math.PI * fraction * k) / (Math.PI * k);
            h[i] = sinc * (0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 1) / (taps + 1)));
            sum += h[i];
        }
        short[] y = new short[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int j = 0; j < taps; j++) {
                int idx = i + centre - j;
                if (idx >= 0 && idx < n) {
                    acc += h[j] / sum * x[idx];
                }
            }
            y[i] = (short) Math.max(-32768, Math.min(32767, Math.round(acc)));
        }
        return y;
    }

    /** test[i + lag] is compared with reference[i]. */
    public static Result at(short[] reference, int refLength, short[] test, int testLength, int lag) {
        double signal = 0;
        double noise = 0;
        int n = 0;
        for (int i = Math.max(0, -lag); i < refLength && i + lag < testLength; i++) {
            double r = reference[i];
            double e = r - test[i + lag];
            signal += r * r;
            noise += e * e;
            n++;
        }
        double db = noise == 0 ? 200 : 10 * Math.log10(signal / noise);
        return new Result(signal == 0 && noise == 0 ? 200 : db, lag, n);
    }
}
