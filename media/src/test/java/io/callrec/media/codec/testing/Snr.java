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

    public static Result best(short[] reference, int refLength, short[] test, int testLength, int maxLag) {
        Result best = null;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            Result r = at(reference, refLength, test, testLength, lag);
            if (best == null || r.db > best.db) {
                best = r;
            }
        }
        return best;
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
