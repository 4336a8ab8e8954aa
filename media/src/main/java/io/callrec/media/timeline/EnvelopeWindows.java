package io.callrec.media.timeline;

/**
 * The least-late packet of each window of capture time (one second to start with) of one anchor of
 * a leg: its placed position and its lateness (unrounded capture position minus placed position),
 * both in track samples. Network delay only adds to lateness, so a packet far less late than every
 * other of its window (by more than {@link #ISOLATED_MILLIS}) was sent early by its own sender or
 * stamped wrongly, not carried faster: the window's second least-late packet speaks for it then.
 * Constant memory: when {@link #CAPACITY} windows are full, neighbours merge (the lower one stays)
 * and windows become twice as long, so a 24-hour leg keeps 512-1024 of them.
 */
final class EnvelopeWindows {

    static final int CAPACITY = 1024;
    static final double ISOLATED_MILLIS = 1;

    final long[] placed = new long[CAPACITY];
    final double[] lateness = new double[CAPACITY];
    int size;
    long packets;
    private long length;
    private final double isolated;
    private double start = Double.NaN;
    private long openPlaced;
    private double openLateness;
    private long secondPlaced;
    private double secondLateness;

    /** Windows of {@code windowSamples} (one second at the track rate, {@code trackRate}). */
    EnvelopeWindows(long windowSamples, int trackRate) {
        this.length = Math.max(1, windowSamples);
        this.isolated = ISOLATED_MILLIS * trackRate / 1000;
    }

    void add(double capturePosition, long placedPosition) {
        double late = capturePosition - placedPosition;
        if (!Double.isNaN(start) && capturePosition - start >= length) {
            close();
        }
        if (Double.isNaN(start)) {
            start = capturePosition;
            openLateness = Double.POSITIVE_INFINITY;
            secondLateness = Double.POSITIVE_INFINITY;
        }
        if (late < openLateness) {
            secondLateness = openLateness;
            secondPlaced = openPlaced;
            openLateness = late;
            openPlaced = placedPosition;
        } else if (late < secondLateness) {
            secondLateness = late;
            secondPlaced = placedPosition;
        }
        packets++;
    }

    /** Ends the window being filled, if any. */
    void close() {
        if (Double.isNaN(start)) {
            return;
        }
        if (size == CAPACITY) {
            merge();
        }
        boolean alone = secondLateness != Double.POSITIVE_INFINITY && secondLateness - openLateness > isolated;
        placed[size] = alone ? secondPlaced : openPlaced;
        lateness[size] = alone ? secondLateness : openLateness;
        size++;
        start = Double.NaN;
    }

    private void merge() {
        int n = 0;
        for (int i = 0; i + 1 < size; i += 2) {
            int keep = lateness[i + 1] < lateness[i] ? i + 1 : i;
            placed[n] = placed[keep];
            lateness[n] = lateness[keep];
            n++;
        }
        if (size % 2 == 1) {
            placed[n] = placed[size - 1];
            lateness[n] = lateness[size - 1];
            n++;
        }
        size = n;
        length *= 2;
    }

    void clear(long windowSamples) {
        size = 0;
        packets = 0;
        start = Double.NaN;
        length = Math.max(1, windowSamples);
    }
}
