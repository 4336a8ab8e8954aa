package io.callrec.media.capture;

/**
 * In-order reassembly of one TCP direction by sequence number (RFC 9293 §3.4, modulo 2^32).
 * In-order segments go straight to the listener; segments beyond a hole wait in a 32 KiB circular
 * window (allocated on first need) as at most {@link #MAX_RANGES} byte ranges. The reassembler
 * gives up on a hole, counts a gap and resynchronises at the next buffered byte when the window
 * or the range table is full, when the hole is older than {@link #HOLE_TIMEOUT_NANOS} of capture
 * time, or at the end of the capture. Bytes already delivered (retransmissions) are trimmed.
 */
final class TcpFlow {

    static final int WINDOW = 32 * 1024;
    static final int MAX_RANGES = 16;
    /** Capture loss never gets retransmitted; a real loss is repaired well within RFC 6298's 1 s RTO plus backoff. */
    static final long HOLE_TIMEOUT_NANOS = 3_000_000_000L;
    private static final int MASK = WINDOW - 1;

    final TcpFlowKey key;
    private boolean synced;
    private boolean sawSyn;
    private int initialSequence;
    boolean closed;
    private int next;
    private boolean gapBefore;
    private long delivered;
    private byte[] window;
    private final int[] rangeStart = new int[MAX_RANGES];
    private final int[] rangeEnd = new int[MAX_RANGES];
    private final long[] rangeTime = new long[MAX_RANGES];
    private int ranges;
    private long holeSince;
    /** Capture time of the latest segment, reported with the close event. */
    long lastNanos;

    TcpFlow(TcpFlowKey key) {
        this.key = key;
    }

    /** A SYN with another initial sequence number on a live direction: the port pair was reused. */
    boolean restartedBy(int sequence, boolean syn) {
        return syn && synced && !closed && !(sawSyn && sequence == initialSequence);
    }

    void segment(int sequence, boolean syn, byte[] b, int off, int len, long ts, TcpReassembler out) {
        lastNanos = ts;
        int seq = sequence;
        if (syn) {
            if (!(sawSyn && sequence == initialSequence)) {
                start(sequence);
            }
            seq++;
        }
        if (len <= 0) {
            return;
        }
        if (closed) {
            out.retransmission();
            return;
        }
        if (!synced) {
            synced = true;
            next = seq;
            gapBefore = true;
        }
        int o = off;
        int n = len;
        while (true) {
            // Distance from the next expected byte, modulo 2^32 (RFC 9293 §3.4); long so that
            // negating or adding to a distance near ±2^31 cannot overflow.
            long d = seq - next;
            if (d < 0) {
                if (n <= -d) {
                    out.retransmission();
                    return;
                }
                o += (int) -d;
                n -= (int) -d;
                seq = next;
                d = 0;
            }
            if (d == 0) {
                emit(b, o, n, ts, out);
                drain(out);
                return;
            }
            boolean expired = ranges > 0 && ts - holeSince > HOLE_TIMEOUT_NANOS;
            if (d + n <= WINDOW && ranges < MAX_RANGES && !expired) {
                store((int) d, b, o, n, ts);
                return;
            }
            if (ranges == 0) {
                out.gap();
                gapBefore = true;
                advance((int) d);
            } else {
                skipHole(out);
            }
        }
    }

    /** End of data for this direction: everything buffered is delivered, holes counted as gaps. */
    void flush(TcpReassembler out) {
        while (ranges > 0) {
            skipHole(out);
        }
    }

    /** Bytes of this direction delivered or skipped so far. */
    long position() {
        return delivered;
    }

    private void start(int isn) {
        sawSyn = true;
        synced = true;
        closed = false;
        initialSequence = isn;
        next = isn + 1;
        gapBefore = false;
        delivered = 0;
        ranges = 0;
    }

    private void emit(byte[] b, int off, int len, long ts, TcpReassembler out) {
        out.deliver(this, b, off, len, ts, gapBefore, delivered);
        gapBefore = false;
        advance(len);
    }

    private void advance(int k) {
        next += k;
        delivered += k;
        int w = 0;
        for (int i = 0; i < ranges; i++) {
            int s = Math.max(0, rangeStart[i] - k);
            int e = rangeEnd[i] - k;
            if (e > 0) {
                rangeStart[w] = s;
                rangeEnd[w] = e;
                rangeTime[w] = rangeTime[i];
                w++;
            }
        }
        ranges = w;
    }

    private void drain(TcpReassembler out) {
        while (ranges > 0 && rangeStart[0] == 0) {
            int len = rangeEnd[0];
            long ts = rangeTime[0];
            int pos = next & MASK;
            // A range that wraps around the window end is delivered in two chunks; the second
            // part stays range 0 after the first part's advance().
            emit(window, pos, Math.min(len, WINDOW - pos), ts, out);
        }
    }

    private void skipHole(TcpReassembler out) {
        out.gap();
        gapBefore = true;
        advance(rangeStart[0]);
        drain(out);
        holeSince = ranges > 0 ? rangeTime[0] : holeSince;
    }

    private void store(int d, byte[] b, int off, int len, long ts) {
        if (window == null) {
            window = new byte[WINDOW];
        }
        int pos = (next + d) & MASK;
        int first = Math.min(len, WINDOW - pos);
        System.arraycopy(b, off, window, pos, first);
        System.arraycopy(b, off + first, window, 0, len - first);
        if (ranges == 0) {
            holeSince = ts;
        }
        insertRange(d, d + len, ts);
    }

    /** Keeps the ranges sorted and disjoint; touching or overlapping ranges merge. */
    private void insertRange(int s, int e, long ts) {
        int i = 0;
        while (i < ranges && rangeEnd[i] < s) {
            i++;
        }
        int start = s;
        int end = e;
        long time = ts;
        int j = i;
        while (j < ranges && rangeStart[j] <= end) {
            start = Math.min(start, rangeStart[j]);
            end = Math.max(end, rangeEnd[j]);
            time = Math.min(time, rangeTime[j]);
            j++;
        }
        int removed = j - i;
        if (removed == 0) {
            System.arraycopy(rangeStart, i, rangeStart, i + 1, ranges - i);
            System.arraycopy(rangeEnd, i, rangeEnd, i + 1, ranges - i);
            System.arraycopy(rangeTime, i, rangeTime, i + 1, ranges - i);
            ranges++;
        } else if (removed > 1) {
            System.arraycopy(rangeStart, j, rangeStart, i + 1, ranges - j);
            System.arraycopy(rangeEnd, j, rangeEnd, i + 1, ranges - j);
            System.arraycopy(rangeTime, j, rangeTime, i + 1, ranges - j);
            ranges -= removed - 1;
        }
        rangeStart[i] = start;
        rangeEnd[i] = end;
        rangeTime[i] = time;
    }
}
