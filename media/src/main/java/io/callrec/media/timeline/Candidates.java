package io.callrec.media.timeline;

/**
 * The open timestamp-stall candidates of one stream ({@link TimestampStalls}), oldest first, in a
 * fixed ring: each keeps the packet it opened at, the mean lateness before it (baseline), the least
 * mean lateness of the runs of packets seen since (its level), and how many packets followed it.
 */
final class Candidates {

    private final long[] nanos;
    private final long[] ssrcs;
    private final long[] baselines;
    private final long[] levels;
    private final int[] seen;
    private int head;
    private int size;

    Candidates(int capacity) {
        nanos = new long[capacity];
        ssrcs = new long[capacity];
        baselines = new long[capacity];
        levels = new long[capacity];
        seen = new int[capacity];
    }

    int size() {
        return size;
    }

    void add(long captureNanos, long ssrc, long baseline) {
        int i = (head + size) % nanos.length;
        nanos[i] = captureNanos;
        ssrcs[i] = ssrc;
        baselines[i] = baseline;
        levels[i] = Long.MAX_VALUE;
        seen[i] = 0;
        size++;
    }

    /** A packet after every open candidate. */
    void count() {
        for (int k = 0; k < size; k++) {
            seen[(head + k) % nanos.length]++;
        }
    }

    /** The mean lateness of a run of packets after every open candidate: it lowers their levels when it was less late. */
    void lower(long meanLateness) {
        for (int k = 0; k < size; k++) {
            int i = (head + k) % nanos.length;
            levels[i] = Math.min(levels[i], meanLateness);
        }
    }

    long oldestNanos() {
        return nanos[head];
    }

    long oldestSsrc() {
        return ssrcs[head];
    }

    long oldestBaseline() {
        return baselines[head];
    }

    /** The oldest candidate's level, or its baseline when no run was seen after it. */
    long oldestLevel() {
        return levels[head] == Long.MAX_VALUE ? baselines[head] : levels[head];
    }

    int oldestSeen() {
        return seen[head];
    }

    void removeOldest() {
        head = (head + 1) % nanos.length;
        size--;
    }
}
