package io.callrec.media.timeline;

/**
 * The least-late packet of each window of capture time (one second to start with) of one anchor of
 * a leg: its placed position and its lateness (unrounded capture position minus placed position),
 * both in track samples. Constant memory: when
 * {@link #CAPACITY} windows are full, neighbours merge (the lower one stays) and windows become
 * twice as long, so a 24-hour leg keeps 512-1024 of them.
 */
final class EnvelopeWindows {

    static final int CAPACITY = 1024;

    final long[] placed = new long[CAPACITY];
    final double[] lateness = new double[CAPACITY];
    int size;
    long packets;
    private long length;
    private double start = Double.NaN;
    private long openPlaced;
    private double openLateness;

    EnvelopeWindows(long windowSamples) {
        this.length = Math.max(1, windowSamples);
    }

    void add(double capturePosition, long placedPosition) {
        double late = capturePosition - placedPosition;
        if (!Double.isNaN(start) && capturePosition - start >= length) {
            close();
        }
        if (Double.isNaN(start)) {
            start = capturePosition;
            openLateness = Double.POSITIVE_INFINITY;
        }
        if (late < openLateness) {
            openLateness = late;
            openPlaced = placedPosition;
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
        placed[size] = openPlaced;
        lateness[size] = openLateness;
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
