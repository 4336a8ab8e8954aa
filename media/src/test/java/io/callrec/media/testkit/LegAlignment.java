package io.callrec.media.testkit;

/**
 * Where the packets a direction sent landed in one channel of a recording, against where they
 * belong ({@link ImpairedCall.Sent#trueNanos}): for each arrived packet, the nearest position
 * (searched outwards from where it belongs) at which its decoded samples appear sample-exact; when
 * there is none (the leg was resampled to correct drift), for every {@code every}-th packet and
 * the last {@code tail} ones, the peak of the normalised cross-correlation of the 250 ms sent around
 * the packet (over the packets that arrived), interpolated to a fraction of a sample. Packets that
 * are near silence cannot be told apart and are skipped.
 */
public final class LegAlignment {

    private static final int QUIET = 64;
    private static final double MATCH = 0.8;
    private static final double NEAR_BEST = 0.03;
    /** What {@link #correlationPeak} says of a probe too quiet to tell anything: the packet is skipped. */
    private static final double QUIET_PROBE = Double.NEGATIVE_INFINITY;
    /**
     * Correlation compares 250 ms from the packet on (several syllables): a packet or two of voiced
     * speech also matches a pitch period away.
     */
    private static final int PROBE = 2000;

    /**
     * {@code measured}: packets located; {@code exact}: of them sample-exact; {@code unfound}: arrived
     * and audible but nowhere within the window; errors in output samples (positive = late):
     * the largest magnitude, and the median over the last {@code tail} located packets.
     */
    public record Result(int measured, int exact, int unfound, double maxError, double endError) {
    }

    private LegAlignment() {
    }

    /**
     * {@code originNanos}: capture time of output sample 0 (at {@code rate}); {@code window}: the
     * search reaches this many samples either side.
     */
    public static Result measure(ImpairedCall.Sent sent, short[] channel, long originNanos, int rate, int every,
                                 int tail, int window) {
        int n = sent.samplesPerPacket();
        double[] tailErrors = new double[tail];
        int tailCount = 0;
        int measured = 0;
        int exact = 0;
        int unfound = 0;
        double max = 0;
        Smoothed smoothed = null;
        for (int k = 0; k < sent.packets(); k++) {
            boolean inTail = k >= sent.packets() - tail;
            if (!sent.arrived()[k] || quiet(sent.decoded(), k * n, n)) {
                continue;
            }
            double x = (sent.trueNanos((double) k * n) - (originNanos - ImpairedCall.EPOCH_NANOS)) * rate / 1e9;
            long at = exactMatch(channel, sent.decoded(), k * n, n, Math.round(x), window);
            double error;
            if (at != Long.MIN_VALUE) {
                exact++;
                error = at - x;
            } else if (k % every == 0 || inTail) {
                // The probe is centred on the packet, inside the call, and counts only packets that arrived.
                int from = (int) Math.max(0, Math.min(sent.decoded().length - PROBE, (long) k * n - PROBE / 2));
                int probe = Math.min(PROBE, sent.decoded().length);
                long guess = Math.round(x) - (k * n - from);
                if (smoothed == null) {
                    smoothed = Smoothed.of(channel, sent);
                }
                double peak = correlationPeak(smoothed, from, probe, guess, window);
                if (peak == QUIET_PROBE) {
                    continue;
                }
                error = peak + (k * n - from) - x;
                if (Double.isNaN(error)) {
                    unfound++;
                    continue;
                }
            } else {
                continue;
            }
            measured++;
            max = Math.abs(error) > Math.abs(max) ? error : max;
            if (inTail) {
                tailErrors[tailCount++] = error;
            }
        }
        java.util.Arrays.sort(tailErrors, 0, tailCount);
        double end = tailCount == 0 ? Double.NaN : tailErrors[tailCount / 2];
        return new Result(measured, exact, unfound, max, end);
    }

    /**
     * {@code x[i]} through a [1 4 6 4 1] / 16 low-pass (silence beyond either end): a resampled leg sits a
     * fraction of a sample off the whole-sample lags, which above 2 kHz decorrelates more than it
     * displaces; the low band tells the lag.
     */
    private static double smooth(short[] x, long i) {
        return (at(x, i - 2) + 4 * at(x, i - 1) + 6 * at(x, i) + 4 * at(x, i + 1) + at(x, i + 2)) / 16;
    }

    private static double at(short[] x, long i) {
        return i >= 0 && i < x.length ? x[(int) i] : 0;
    }

    private static boolean isPeakNear(double[] c, int i, double best) {
        return i >= 0 && i < c.length && c[i] >= best - NEAR_BEST && (i == 0 || c[i] >= c[i - 1])
                && (i == c.length - 1 || c[i] >= c[i + 1]);
    }

    private static boolean quiet(short[] s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (Math.abs(s[i]) >= QUIET) {
                return false;
            }
        }
        return true;
    }

    /** Position nearest {@code guess} where {@code ref[from, from+n)} appears exactly, or Long.MIN_VALUE. */
    private static long exactMatch(short[] out, short[] ref, int from, int n, long guess, int window) {
        for (int d = 0; d <= window; d++) {
            if (equalAt(out, guess + d, ref, from, n)) {
                return guess + d;
            }
            if (d > 0 && equalAt(out, guess - d, ref, from, n)) {
                return guess - d;
            }
        }
        return Long.MIN_VALUE;
    }

    private static boolean equalAt(short[] out, long at, short[] ref, int from, int n) {
        if (at < 0 || at + n > out.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (out[(int) at + i] != ref[from + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The signals correlation compares, built once per measurement: the recording's channel and the
     * sent audio through {@link #smooth}, the latter zero where no packet arrived, and that mask.
     */
    private record Smoothed(float[] out, float[] ref, float[] mask) {

        static Smoothed of(short[] out, ImpairedCall.Sent sent) {
            float[] o = new float[out.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = (float) smooth(out, i);
            }
            short[] decoded = sent.decoded();
            float[] r = new float[decoded.length];
            float[] m = new float[decoded.length];
            for (int i = 0; i < r.length; i++) {
                m[i] = sent.arrived()[i / sent.samplesPerPacket()] ? 1 : 0;
                r[i] = (float) (m[i] * smooth(decoded, i));
            }
            return new Smoothed(o, r, m);
        }
    }

    /**
     * Fractional position of the normalised cross-correlation peak of the sent samples
     * {@code [from, from+n)} near {@code guess}, over the samples of packets that arrived (concealment
     * is not what was sent); NaN when weak, {@link #QUIET_PROBE} when near silence.
     */
    private static double correlationPeak(Smoothed s, int from, int n, long guess, int window) {
        double refEnergy = 0;
        for (int i = from; i < from + n; i++) {
            refEnergy += (double) s.ref[i] * s.ref[i];
        }
        if (refEnergy < (double) n * QUIET * QUIET) {
            return QUIET_PROBE;
        }
        double[] c = new double[2 * window + 1];
        int best = -1;
        for (int d = -window; d <= window; d++) {
            long at = guess + d;
            double dot = 0;
            double energy = 0;
            // beyond either end of the recording there is silence
            int lo = (int) Math.max(0, -at);
            int hi = (int) Math.min(n, s.out.length - at);
            for (int i = lo; i < hi; i++) {
                float o = s.out[(int) (at + i)];
                dot += o * s.ref[from + i];
                energy += o * o * s.mask[from + i];
            }
            c[d + window] = energy == 0 ? 0 : dot / Math.sqrt(energy * refEnergy);
            if (best < 0 || c[d + window] > c[best]) {
                best = d + window;
            }
        }
        if (best < 0 || c[best] < MATCH) {
            return Double.NaN;
        }
        // Voiced speech also correlates a pitch period away, nearly as well: of the near-best peaks, the nearest.
        for (int d = 0; d <= window; d++) {
            if (isPeakNear(c, window + d, c[best]) || isPeakNear(c, window - d, c[best])) {
                best = isPeakNear(c, window + d, c[best]) ? window + d : window - d;
                break;
            }
        }
        double offset = 0;
        if (best > 0 && best < c.length - 1) {
            double a = c[best - 1];
            double b = c[best];
            double e = c[best + 1];
            double denominator = a - 2 * b + e;
            offset = denominator == 0 ? 0 : 0.5 * (a - e) / denominator;
        }
        return guess + best - window + offset;
    }
}
