package io.callrec.media.timeline;

import java.util.Arrays;

/**
 * Where a leg's audio belongs on the capture clock: the lower envelope of its packets' lateness
 * (capture position minus the position the timestamp gives, in track samples: RFC 3550 §6.4.1's
 * relative transit time, up to a constant) as a line
 * {@code lateness(p) = intercept + slope * p} over the placed position p. A track sample at p belongs
 * at capture position {@code p + lateness(p)}; the RTP clock runs {@link #driftPpm()} fast against
 * the capture clock.
 *
 * <p>The line comes from the least lateness of each window of packets ({@link EnvelopeWindows}): network
 * delay only ever adds to a packet's lateness, so those minima lie on the path delay, above it only
 * where a whole window was congested. The line under every minimum that is closest to them all is an
 * edge of their lower convex hull, the one over their mean position (Moon, Skelly and Towsley,
 * "Estimation and removal of clock skew from network delay measurements", IEEE INFOCOM 1999). Minima
 * more than three median residuals above it are congestion and left out; a least-squares line through
 * the rest gives the slope and its standard error, and the intercept puts the line under all of them.
 *
 * <p>The drift is {@link Status#CORRECTABLE} only with evidence: at least {@link #MIN_WINDOWS}
 * windows over {@link #MIN_SPAN_SECONDS}, a slope more than {@link #CONFIDENCE} standard errors
 * from zero, a correction that moves the leg by more than {@link #MIN_EFFECT_MILLIS}, and a value a
 * real clock can have (at most {@link #MAX_PLAUSIBLE_PPM}: crystals are specified to tens of ppm,
 * cheap sound cards to a few hundred; 600 leaves a margin over the 500 the tests correct). Otherwise the leg is placed by its timestamps, moved by the
 * constant {@link #offset(long)}: the line at the middle of the leg, or at its start when the slope
 * is implausible (whatever made the timestamps run off, the start is where the leg was captured).
 */
public record ClockFit(double slope, double intercept, double centre, double driftPpm, Status status) {

    public static final int MIN_WINDOWS = 8;
    public static final double MIN_SPAN_SECONDS = 10;
    public static final double CONFIDENCE = 5;
    public static final double MIN_EFFECT_MILLIS = 5;
    public static final double MAX_PLAUSIBLE_PPM = 600;

    /** What the estimate is good for. */
    public enum Status {
        /** Measured with evidence and plausible: stretching the leg keeps it in sync. */
        CORRECTABLE,
        /** It would move the leg by less than {@link #MIN_EFFECT_MILLIS}. */
        NEGLIGIBLE,
        /** Not told apart from jitter, or too short a leg to tell. */
        UNCERTAIN,
        /** Beyond what a clock does ({@link #MAX_PLAUSIBLE_PPM}): reported, never applied. */
        IMPLAUSIBLE
    }

    /** No packet: nothing to place. */
    static final ClockFit NONE = new ClockFit(0, 0, 0, 0, Status.UNCERTAIN);

    /** The lateness line at placed position {@code p}. */
    public double lateness(double p) {
        return intercept + slope * p;
    }

    /** What a leg placed by its timestamps alone, whose first sample is at {@code start}, is moved by. */
    public double offset(long start) {
        return lateness(status == Status.IMPLAUSIBLE ? start : centre);
    }

    /** Fits {@code n} window minima (placed position ascending) of a leg at {@code trackRate}. */
    static ClockFit of(long[] placed, double[] lateness, int n, int trackRate) {
        if (n == 0) {
            return NONE;
        }
        if (n < 3) {
            double least = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                least = Math.min(least, lateness[i]);
            }
            return new ClockFit(0, least, 0, 0, Status.UNCERTAIN);
        }
        double[] hull = hullLine(placed, lateness, n);
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = lateness[i] - (hull[0] + hull[1] * placed[i]);
        }
        double[] sorted = Arrays.copyOf(residual, n);
        Arrays.sort(sorted);
        double limit = 3 * sorted[n / 2] + 1;
        boolean[] in = new boolean[n];
        for (int i = 0; i < n; i++) {
            in[i] = residual[i] <= limit;
        }
        return fitInliers(placed, lateness, in, trackRate);
    }

    /** {intercept, slope} of the lower-hull edge over the mean placed position. */
    private static double[] hullLine(long[] x, double[] y, int n) {
        int[] hull = new int[n];
        int h = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i];
            // Andrew's monotone chain, lower part: drop the last point while it is not below the new edge.
            while (h >= 2 && cross(x, y, hull[h - 2], hull[h - 1], i) <= 0) {
                h--;
            }
            hull[h++] = i;
        }
        mean /= n;
        for (int k = 0; k + 1 < h; k++) {
            int a = hull[k];
            int b = hull[k + 1];
            if (x[b] >= mean && x[b] > x[a]) {
                double slope = (y[b] - y[a]) / (x[b] - x[a]);
                return new double[] {y[a] - slope * x[a], slope};
            }
        }
        return new double[] {y[hull[0]], 0};
    }

    private static double cross(long[] x, double[] y, int o, int a, int b) {
        return (double) (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
    }

    private static ClockFit fitInliers(long[] x, double[] y, boolean[] in, int trackRate) {
        int m = 0;
        double mx = 0;
        double my = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                m++;
                mx += x[i];
                my += y[i];
                first = Math.min(first, x[i]);
                last = Math.max(last, x[i]);
            }
        }
        mx /= m;
        my /= m;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double squares = 0;
        double intercept = Double.POSITIVE_INFINITY;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                double e = y[i] - my - slope * (x[i] - mx);
                squares += e * e;
            }
            // Under every window, congested ones too: no packet is placed later than it was captured.
            intercept = Math.min(intercept, y[i] - slope * x[i]);
        }
        double error = m > 2 && sxx > 0 ? Math.sqrt(squares / (m - 2) / sxx) : Double.POSITIVE_INFINITY;
        double drift = (1 / (1 + slope) - 1) * 1e6;
        double span = last - first;
        Status status;
        if (Math.abs(drift) > MAX_PLAUSIBLE_PPM) {
            status = Status.IMPLAUSIBLE;
        } else if (m < MIN_WINDOWS || span < MIN_SPAN_SECONDS * trackRate || Math.abs(slope) <= CONFIDENCE * error) {
            status = Status.UNCERTAIN;
        } else if (Math.abs(slope) * span * 1000 / trackRate <= MIN_EFFECT_MILLIS) {
            status = Status.NEGLIGIBLE;
        } else {
            status = Status.CORRECTABLE;
        }
        return new ClockFit(slope, intercept, mx, drift, status);
    }
}
