package io.callrec.media.timeline;

/**
 * Clock drift between a leg's RTP clock and the capture clock: a least-squares line through the
 * offset (placed position - capture position) against capture position of every in-order audio
 * packet. Working on offsets keeps the sums small, so doubles stay exact enough for hours of
 * packets. The slope is the relative drift (1e-3 = the RTP clock runs 0.1 % fast); its standard
 * error says whether the line is more than jitter.
 */
public final class DriftEstimator {

    private long n;
    private double origin = Double.NaN;
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;
    private double syy;
    private double first;
    private double last;
    private double lastOffset;

    void add(long capturePosition, long placedPosition) {
        if (Double.isNaN(origin)) {
            origin = capturePosition;
            first = capturePosition;
        }
        double x = capturePosition - origin;
        double y = placedPosition - capturePosition;
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
        if (capturePosition >= last) {
            last = capturePosition;
            lastOffset = y;
        }
    }

    /** Relative drift of placed positions against capture time; 0 with too few packets. */
    public double slope() {
        double vx = sxx - sx * sx / n;
        return n < 3 || vx <= 0 ? 0 : (sxy - sx * sy / n) / vx;
    }

    /** Standard error of {@link #slope()}; infinite with too few packets. */
    public double slopeError() {
        double vx = sxx - sx * sx / n;
        if (n < 3 || vx <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double b = slope();
        double residual = Math.max(0, (syy - sy * sy / n) - b * (sxy - sx * sy / n)) / (n - 2);
        return Math.sqrt(residual / vx);
    }

    /**
     * Placed position minus capture position of the last packet to arrive: a leg whose audio ends
     * at placed position {@code end} ends at {@code end - lastOffset()} on the capture clock.
     */
    public double lastOffset() {
        return lastOffset;
    }

    /** Capture span (samples) the estimate covers. */
    public double span() {
        return n == 0 ? 0 : last - first;
    }
}
