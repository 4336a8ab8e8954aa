package io.callrec.media.timeline;

import io.callrec.media.rtp.WrapExtender;
import java.util.Arrays;

/**
 * Finds where a sender paused without advancing its RTP timestamps. RFC 3550 §5.1 has the timestamp
 * follow the sampling clock, so a sender that stops during silence jumps its timestamp by the pause
 * (RFC 3551 §4.1); some SIPREC recording clients do not: sequence numbers and timestamps continue by
 * one packet across a pause of 0.1–1 s. Placed by timestamp, every such pause is lost and the leg runs
 * ever earlier than the capture clock (the corpus G.722 SIPREC callee: 4.7 s over 53 s).
 *
 * <p>Fed one stream's audio packets in capture order (first pass), it flags a packet (ahead of its
 * predecessor in sequence, its timestamp one normal packet on) that arrives more than
 * {@link #THRESHOLD_NANOS} later than its timestamp says, and confirms it when the next
 * {@link #CONFIRM_PACKETS} packets stay late too: a jitter spike is followed by a burst that catches up, a pause is not. The shift is the least lateness
 * after the pause over the lateness before it (the smallest of the last {@link #BASELINE} packets),
 * so jitter never makes it too large. Stalls are keyed by the packet's sequence number and timestamp.
 */
public final class TimestampStalls {

    static final long THRESHOLD_NANOS = 40_000_000L;
    static final int CONFIRM_PACKETS = 10;
    static final int BASELINE = 8;
    /** Beyond this many stalls a stream is not what this repairs; later ones are not recorded. */
    static final int MAX_STALLS = 4096;
    /** As the timeline's segments (RFC 3550 A.1): a larger sequence jump restarts the stream. */
    private static final int MAX_LOSS_STEP = 3000;
    private static final int MAX_MISORDER = 100;

    private final WrapExtender timestamp = WrapExtender.timestamp();
    private final long[] recent = new long[BASELINE];
    private long[] keys = new long[8];
    private long[] shifts = new long[8];
    private int stalls;
    private int rate;
    private int lastSequence = -1;
    private long lastTimestamp;
    private int filled;
    private int next;
    private boolean pending;
    private long pendingKey;
    private long pendingBaseline;
    private long pendingLeast;
    private int pendingSeen;

    /** Lookup key of a packet: its SSRC, sequence number and the low bits of its timestamp. */
    public static long key(long ssrc, int sequence, long timestamp) {
        return (ssrc & 0xFFFF_FFFFL) << 32 | (long) (sequence & 0xFFFF) << 16 | (timestamp & 0xFFFF);
    }

    /** An audio packet of the stream; {@code clockRate} 0 (unknown here) skips it. */
    public void offer(long captureNanos, long ssrc, int sequence, long rtpTimestamp, int clockRate) {
        if (clockRate <= 0) {
            return;
        }
        if (clockRate != rate || lastSequence < 0) {
            restart(clockRate);
        }
        int step = lastSequence < 0 ? 1 : (short) (sequence - lastSequence);
        if (step <= 0 && step >= -MAX_MISORDER) {
            return;
        }
        if (step > MAX_LOSS_STEP || step < -MAX_MISORDER) {
            restart(clockRate);
        }
        long extended = timestamp.extend(rtpTimestamp & 0xFFFF_FFFFL);
        long advance = lastSequence < 0 ? 0 : extended - lastTimestamp;
        if (lastSequence >= 0 && (advance <= 0 || advance > (long) rate * LegTimeline.MAX_DRIFT_SECONDS)) {
            // A timestamp reset or jump: the timeline re-anchors or jumps there; start afresh after it.
            restart(clockRate);
            extended = timestamp.extend(rtpTimestamp & 0xFFFF_FFFFL);
            advance = 0;
        }
        long lateness = captureNanos - Math.floorDiv(extended * 1_000_000_000L, rate);
        boolean normalAdvance = advance > 0 && advance <= rate / 5;
        lastSequence = sequence;
        lastTimestamp = extended;
        if (pending) {
            pendingLeast = Math.min(pendingLeast, lateness);
            if (++pendingSeen >= CONFIRM_PACKETS) {
                settle();
            }
        } else if (filled > 0 && normalAdvance && lateness - baseline() > THRESHOLD_NANOS
                && lateness - baseline() < LegTimeline.MAX_DRIFT_SECONDS * 1_000_000_000L) {
            pending = true;
            pendingKey = key(ssrc, sequence, rtpTimestamp);
            pendingBaseline = baseline();
            pendingLeast = lateness;
            pendingSeen = 1;
            filled = 0;
            next = 0;
        }
        recent[next] = lateness;
        next = (next + 1) % BASELINE;
        filled = Math.min(BASELINE, filled + 1);
    }

    /** Ends the stream: a stall seen near its end counts when a few packets confirm it. */
    public void finish() {
        if (pending && pendingSeen >= 3) {
            settle();
        }
        pending = false;
    }

    private void restart(int clockRate) {
        finish();
        rate = clockRate;
        timestamp.reset();
        lastSequence = -1;
        filled = 0;
        next = 0;
    }

    private long baseline() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < filled; i++) {
            least = Math.min(least, recent[i]);
        }
        return least;
    }

    private void settle() {
        pending = false;
        long shift = pendingLeast - pendingBaseline;
        if (shift > THRESHOLD_NANOS / 2 && stalls < MAX_STALLS) {
            if (stalls == keys.length) {
                keys = Arrays.copyOf(keys, 2 * stalls);
                shifts = Arrays.copyOf(shifts, 2 * stalls);
            }
            keys[stalls] = pendingKey;
            shifts[stalls] = shift;
            stalls++;
        }
    }

    public int count() {
        return stalls;
    }

    /** Key of stall {@code i} (see {@link #key}). */
    public long keyAt(int i) {
        return keys[i];
    }

    /** How much later than its timestamps say the stream runs after stall {@code i}, in nanoseconds. */
    public long shiftAt(int i) {
        return shifts[i];
    }
}
