package io.callrec.media.timeline;

import java.util.Arrays;

/**
 * Which samples of a leg may be kept at all: those whose capture time falls inside a recorded span.
 * On-demand recording must never put the stopped parts of a call into any file, so the gate sits in
 * front of the leg's {@link PcmTrack}, before anything is spilled to its temporary file.
 *
 * <p>Spans are given on the capture clock and held as capture positions (samples at the track rate
 * from the timeline origin). A track position is RTP-placed, so it differs from the capture position
 * of the same audio by the leg's current offset (jitter, clock drift, a segment's anchor);
 * {@link #follow(long)} takes that offset from each packet, so a sample is admitted by when it was
 * captured, not by where its timestamps put it. Runs of admitted or refused positions are found by
 * binary search over the few spans: nothing is allocated per packet.
 */
public final class SpanGate {

    private final long[] from;
    private final long[] to;
    private long offset;

    private SpanGate(long[] from, long[] to) {
        this.from = from;
        this.to = to;
    }

    /** Admits nothing: statistics-only passes decode but keep no audio. */
    public static SpanGate closed() {
        return new SpanGate(new long[0], new long[0]);
    }

    /**
     * Spans as epoch-nanosecond pairs {@code [start, end)} (any order, may overlap), for a leg whose
     * timeline origin is {@code originNanos} and whose track runs at {@code trackRate}.
     */
    public static SpanGate of(long[][] spansNanos, long originNanos, int trackRate) {
        long[][] sorted = spansNanos.clone();
        Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        long[] f = new long[sorted.length];
        long[] t = new long[sorted.length];
        int n = 0;
        for (long[] s : sorted) {
            long a = position(s[0], originNanos, trackRate);
            long b = position(s[1], originNanos, trackRate);
            if (b <= a) {
                continue;
            }
            if (n > 0 && a <= t[n - 1]) {
                t[n - 1] = Math.max(t[n - 1], b);
            } else {
                f[n] = a;
                t[n] = b;
                n++;
            }
        }
        return new SpanGate(Arrays.copyOf(f, n), Arrays.copyOf(t, n));
    }

    /**
     * Sample position at {@code rate} of epoch time {@code nanos} on a timeline starting at
     * {@code originNanos}, rounded to the nearest sample: the one rounding the gates and the output
     * cut share, so both cut at the same sample.
     */
    public static long position(long nanos, long originNanos, int rate) {
        long relative = Math.max(-100_000_000_000_000L, Math.min(100_000_000_000_000L, nanos - originNanos));
        return Math.floorDiv(relative * rate + 500_000_000L, 1_000_000_000L);
    }

    /** The current packet's track position minus its capture position. */
    void follow(long trackMinusCapture) {
        offset = trackMinusCapture;
    }

    /** Whether the sample at track position {@code position} is inside a span. */
    boolean admits(long position) {
        return index(position - offset) >= 0;
    }

    /** First track position after {@code position} where {@link #admits} changes (MAX_VALUE = never). */
    long runEnd(long position) {
        long q = position - offset;
        int i = index(q);
        if (i >= 0) {
            return to[i] + offset;
        }
        int next = -i - 1;
        return next < from.length ? from[next] + offset : Long.MAX_VALUE;
    }

    /** Index of the span holding capture position {@code q}, else -(index of the next span) - 1. */
    private int index(long q) {
        int lo = 0;
        int hi = from.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (q < from[mid]) {
                hi = mid - 1;
            } else if (q >= to[mid]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -lo - 1;
    }
}
