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
 * <p>Fed one stream's audio packets in capture order (first pass), it opens a candidate at a packet
 * (ahead of its predecessor in sequence, its timestamp one normal packet on) that arrives more than
 * {@link #THRESHOLD_NANOS} later than its timestamp says, against the least lateness of the last
 * {@link #BASELINE} packets. A pause never makes the stream catch up again; a jitter spike or a queue
 * that fills and drains does. So the candidate's shift is the least mean lateness of
 * {@link #BASELINE} consecutive packets over everything after it, up to the next candidate or
 * {@link #SETTLE_NANOS} of capture time (bounding what clock drift can take off), minus the mean
 * lateness of the packets before it (means, so that jitter averages out of both ends); it counts when that is still more than half the threshold and
 * at least {@link #CONFIRM_PACKETS} packets confirmed it (3 when the stream ends; none when the next
 * candidate comes first: the stream went later still). Stalls are
 * keyed by the stall packet's SSRC and capture time, which the second pass sees unchanged.
 */
public final class TimestampStalls {

    static final long THRESHOLD_NANOS = 40_000_000L;
    static final int CONFIRM_PACKETS = 10;
    static final int BASELINE = 8;
    static final long SETTLE_NANOS = 30_000_000_000L;
    /** Beyond this many stalls a stream is not what this repairs; later ones are not recorded. */
    static final int MAX_STALLS = 4096;

    private final WrapExtender timestamp = WrapExtender.timestamp();
    private final long[] recent = new long[BASELINE];
    private long[] captures = new long[8];
    private long[] ssrcs = new long[8];
    private long[] shifts = new long[8];
    private int stalls;
    private int rate;
    private int lastSequence = -1;
    private long lastTimestamp;
    private int filled;
    private int next;
    private long sum;
    private long origin;
    private boolean open;
    private long openNanos;
    private long openSsrc;
    private long openBaseline;
    private long openLeast;
    private int openSeen;

    /** An audio packet of the stream; {@code clockRate} 0 (unknown here) skips it. */
    public void offer(long captureNanos, long ssrc, int sequence, long rtpTimestamp, int clockRate) {
        if (clockRate <= 0) {
            return;
        }
        if (clockRate != rate || lastSequence < 0) {
            restart(clockRate);
        }
        int step = lastSequence < 0 ? 1 : (short) (sequence - lastSequence);
        // As the timeline's segments (RFC 3550 A.1): a larger sequence jump restarts the stream.
        if (step <= 0 && step >= -LegTimeline.MAX_MISORDER) {
            return;
        }
        if (step > LegTimeline.MAX_DROPOUT || step < -LegTimeline.MAX_MISORDER) {
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
        if (lastSequence < 0) {
            origin = captureNanos;
        }
        // Relative to the stream's first packet, so that sums of a few of them cannot overflow.
        long lateness = captureNanos - origin - Math.floorDiv(extended * 1_000_000_000L, rate);
        boolean normalAdvance = advance > 0 && advance <= rate / 5;
        lastSequence = sequence;
        lastTimestamp = extended;
        long jump = filled > 0 ? lateness - least() : 0;
        if (normalAdvance && jump > THRESHOLD_NANOS && jump < LegTimeline.MAX_DRIFT_SECONDS * 1_000_000_000L) {
            // The stream went later still: the open candidate did not catch up either.
            settle(1);
            open = true;
            openNanos = captureNanos;
            openSsrc = ssrc & 0xFFFF_FFFFL;
            openBaseline = mean();
            openLeast = Long.MAX_VALUE;
            openSeen = 0;
            filled = 0;
            next = 0;
            sum = 0;
        } else if (open && captureNanos - openNanos > SETTLE_NANOS) {
            settle(CONFIRM_PACKETS);
        }
        if (filled == BASELINE) {
            sum -= recent[next];
        }
        recent[next] = lateness;
        sum += lateness;
        next = (next + 1) % BASELINE;
        filled = Math.min(BASELINE, filled + 1);
        if (open) {
            openSeen++;
            if (filled == BASELINE) {
                openLeast = Math.min(openLeast, mean());
            }
        }
    }

    /** Ends the stream: a stall near its end counts when a few packets confirm it. */
    public void finish() {
        settle(3);
    }

    private void restart(int clockRate) {
        finish();
        rate = clockRate;
        timestamp.reset();
        lastSequence = -1;
        filled = 0;
        next = 0;
        sum = 0;
    }

    /** The least lateness of the recent packets: what a late packet is compared with. */
    private long least() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < filled; i++) {
            least = Math.min(least, recent[i]);
        }
        return least;
    }

    /** Their mean: jitter averages out of the shift's two ends. */
    private long mean() {
        return filled == 0 ? 0 : sum / filled;
    }

    /** Closes the open candidate: a stall when {@code confirm} packets saw the stream stay late. */
    private void settle(int confirm) {
        if (!open) {
            return;
        }
        open = false;
        long shift = (openLeast == Long.MAX_VALUE ? mean() : openLeast) - openBaseline;
        if (openSeen >= confirm && shift > THRESHOLD_NANOS / 2 && stalls < MAX_STALLS) {
            if (stalls == captures.length) {
                captures = Arrays.copyOf(captures, 2 * stalls);
                ssrcs = Arrays.copyOf(ssrcs, 2 * stalls);
                shifts = Arrays.copyOf(shifts, 2 * stalls);
            }
            captures[stalls] = openNanos;
            ssrcs[stalls] = openSsrc;
            shifts[stalls] = shift;
            stalls++;
        }
    }

    public int count() {
        return stalls;
    }

    /** Capture time (epoch ns) of the packet after stall {@code i}. */
    public long captureAt(int i) {
        return captures[i];
    }

    /** SSRC of the packet after stall {@code i}. */
    public long ssrcAt(int i) {
        return ssrcs[i];
    }

    /** How much later than its timestamps say the stream runs after stall {@code i}, in nanoseconds. */
    public long shiftAt(int i) {
        return shifts[i];
    }
}
