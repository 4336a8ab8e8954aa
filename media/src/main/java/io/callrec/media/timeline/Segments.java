package io.callrec.media.timeline;

/**
 * The last few segments of a leg, so that a source which comes back after another one (an
 * interleaved foreign SSRC, a brief transfer) resumes its own anchor instead of being re-anchored
 * at its capture time. A segment's loss (RFC 3550 A.3: expected - received) is counted when it
 * leaves this list or the leg ends, so a resumed segment is counted once.
 */
final class Segments {

    static final int SSRC = 0;
    static final int ANCHOR = 1;
    static final int ANCHOR_TIMESTAMP = 2;
    static final int SEQUENCE = 3;
    static final int TIMESTAMP = 4;
    static final int MIN = 5;
    static final int MAX = 6;
    static final int RECEIVED = 7;
    static final int FIELDS = 8;

    private final long[][] slots;
    private int size;

    Segments(int capacity) {
        slots = new long[capacity][FIELDS];
    }

    static void init(long[] s, long ssrc, long anchor, long anchorTimestamp) {
        s[SSRC] = ssrc;
        s[ANCHOR] = anchor;
        s[ANCHOR_TIMESTAMP] = anchorTimestamp;
        s[SEQUENCE] = 0;
        s[TIMESTAMP] = 0;
        s[MIN] = Long.MAX_VALUE;
        s[MAX] = Long.MIN_VALUE;
        s[RECEIVED] = 0;
    }

    /** Keeps {@code s} as the most recent segment; the oldest one leaves and is counted. */
    void push(long[] s, LegCounters counters) {
        if (size == slots.length) {
            count(slots[0], counters);
            long[] oldest = slots[0];
            System.arraycopy(slots, 1, slots, 0, size - 1);
            slots[--size] = oldest;
        }
        System.arraycopy(s, 0, slots[size++], 0, FIELDS);
    }

    /** Moves the most recent segment of {@code ssrc} into {@code into}; false when there is none. */
    boolean resume(long ssrc, long[] into) {
        for (int i = size - 1; i >= 0; i--) {
            if (slots[i][SSRC] == ssrc && slots[i][RECEIVED] > 0) {
                long[] found = slots[i];
                System.arraycopy(found, 0, into, 0, FIELDS);
                System.arraycopy(slots, i + 1, slots, i, size - i - 1);
                slots[--size] = found;
                return true;
            }
        }
        return false;
    }

    void closeAll(LegCounters counters) {
        for (int i = 0; i < size; i++) {
            count(slots[i], counters);
        }
        size = 0;
    }

    private static void count(long[] s, LegCounters counters) {
        if (s[RECEIVED] > 0) {
            counters.lost += Math.max(0, s[MAX] - s[MIN] + 1 - s[RECEIVED]);
        }
    }
}
