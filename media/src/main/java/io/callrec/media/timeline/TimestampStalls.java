package io.callrec.media.timeline;

import io.callrec.media.rtp.WrapExtender;
import java.util.Arrays;

/**
 * Finds where a sender paused without advancing its RTP timestamps. RFC 3550 §5.1 has the timestamp
 * follow the sampling clock, so a sender that stops during silence jumps its timestamp by the pause
 * (RFC 3551 §4.1); some SIPREC recording clients do not: sequence numbers and timestamps continue by
 * one packet across a pause of 20 ms to 1 s. Placed by timestamp, every such pause is lost and the leg runs
 * ever earlier than the capture clock (the corpus G.722 SIPREC callee: 4.7 s over 53 s).
 *
 * <p>Fed one stream's audio packets in capture order (first pass), it measures each packet's
 * lateness (capture time minus what its timestamp says, relative to the stream's first packet) and
 * opens a candidate at a packet that is more than {@link #THRESHOLD_NANOS} later than the least
 * lateness of the last {@link #BASELINE} packets, if it is ahead of its predecessor in sequence by a
 * normal advance of at most 200 ms (a reordered packet, whose sequence number is behind, never is).
 * A pause never lets the stream catch up again; a late packet, a jitter spike, a queue that fills and
 * drains all do. So a candidate's level is the least mean lateness of {@link #BASELINE} consecutive
 * packets (or the least lateness of a shorter run cut by the next candidate or the stream's end)
 * over everything after it for
 * {@link #SETTLE_NANOS} of capture time, later candidates' runs included: a suffix minimum, so a
 * late packet followed by a burst is settled by the burst's on-time end, while of two pauses close
 * together each keeps its own part. Its shift is that level minus the level before it, the least mean
 * lateness of {@link #BASELINE} consecutive packets over the last second (means: the sender's own
 * timing jitter, early as well as late, averages out; least: network delay only adds); it counts
 * when that is more than half the threshold and {@link #CONFIRM_PACKETS} packets
 * followed it (3 when the stream ends). Stalls are keyed by the stall packet's SSRC and capture
 * time, which the second pass sees unchanged. Constant memory: at most {@link #MAX_OPEN} candidates
 * are open at once.
 */
public final class TimestampStalls {

    /**
     * A candidate is a step of more than this: the corpus's SIPREC sender also pauses for a single
     * 20 ms packet. Only what is still late after {@link #SETTLE_NANOS} counts, so jitter may exceed it.
     */
    static final long THRESHOLD_NANOS = 15_000_000L;
    static final int CONFIRM_PACKETS = 10;
    static final int BASELINE = 8;
    /** The baseline before a candidate is the least mean of the last this many runs (about a second of packets). */
    static final int BASELINE_RUNS = 43;
    /** How long a candidate waits for the stream to catch up; what clock drift can take off is bounded by it. */
    static final long SETTLE_NANOS = 10_000_000_000L;
    /** Beyond this many stalls a stream is not what this repairs; later ones are not recorded. */
    static final int MAX_STALLS = 4096;
    /** Candidates open at once; beyond, the oldest is settled early. */
    static final int MAX_OPEN = 32;

    private final WrapExtender sequence = WrapExtender.sequence();
    private final WrapExtender timestamp = WrapExtender.timestamp();
    private final long[] recent = new long[BASELINE];
    private final long[] runMeans = new long[BASELINE_RUNS];
    private int runs;
    private int nextRun;
    private long[] captures = new long[8];
    private long[] ssrcs = new long[8];
    private long[] shifts = new long[8];
    private int stalls;
    private int rate;
    private boolean started;
    private long lastTimestamp;
    private int filled;
    private int next;
    private long sum;
    private long origin;
    private final Candidates open = new Candidates(MAX_OPEN);

    /** An audio packet of the stream; {@code clockRate} 0 (unknown here) skips it. */
    public void offer(long captureNanos, long ssrc, int seq, long rtpTimestamp, int clockRate) {
        if (clockRate <= 0) {
            return;
        }
        if (clockRate != rate || !started) {
            restart(clockRate);
        }
        long step = started ? sequence.delta(seq) : 1;
        // As the timeline's segments (RFC 3550 A.1): a larger sequence jump restarts the stream.
        if (step <= 0 && step >= -LegTimeline.MAX_MISORDER) {
            return;
        }
        if (step > LegTimeline.MAX_DROPOUT || step < -LegTimeline.MAX_MISORDER) {
            restart(clockRate);
        }
        long extended = timestamp.extend(rtpTimestamp & 0xFFFF_FFFFL);
        long advance = started ? extended - lastTimestamp : 0;
        if (started && (advance <= 0 || advance > (long) rate * LegTimeline.MAX_DRIFT_SECONDS)) {
            // A timestamp reset or jump: the timeline re-anchors or jumps there; start afresh after it.
            restart(clockRate);
            extended = timestamp.extend(rtpTimestamp & 0xFFFF_FFFFL);
            advance = 0;
        }
        if (!started) {
            origin = captureNanos;
            started = true;
        }
        sequence.extend(seq);
        lastTimestamp = extended;
        // Relative to the stream's first packet, so that differences of them cannot overflow.
        long lateness = captureNanos - origin - Math.floorDiv(extended * 1_000_000_000L, rate);
        open.count();
        while (open.size() > 0 && captureNanos - open.oldestNanos() > SETTLE_NANOS) {
            settle(CONFIRM_PACKETS);
        }
        boolean normalAdvance = advance > 0 && advance <= rate / 5;
        long jump = filled > 0 ? lateness - least() : 0;
        if (normalAdvance && jump > THRESHOLD_NANOS && jump < LegTimeline.MAX_DRIFT_SECONDS * 1_000_000_000L) {
            endRun();
            if (open.size() == MAX_OPEN) {
                settle(CONFIRM_PACKETS);
            }
            open.add(captureNanos, ssrc & 0xFFFF_FFFFL, baseline());
            // The new level is what the next candidate is measured against.
            resetRuns();
        }
        if (filled == BASELINE) {
            sum -= recent[next];
        }
        recent[next] = lateness;
        sum += lateness;
        next = (next + 1) % BASELINE;
        filled = Math.min(BASELINE, filled + 1);
        if (filled == BASELINE) {
            open.lower(mean());
            runMeans[nextRun] = mean();
            nextRun = (nextRun + 1) % BASELINE_RUNS;
            runs = Math.min(BASELINE_RUNS, runs + 1);
        }
    }

    /**
     * The stream's level before a candidate: the least mean lateness of {@link #BASELINE} consecutive
     * packets over the last second (or, right after another candidate, the least lateness of the
     * packets since), measured as the candidate's own level is, so that jitter biases neither end.
     */
    private long baseline() {
        if (runs == 0) {
            return filled == 0 ? 0 : least();
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            least = Math.min(least, runMeans[i]);
        }
        return least;
    }

    private void resetRuns() {
        filled = 0;
        next = 0;
        sum = 0;
        runs = 0;
        nextRun = 0;
    }

    /**
     * A run shorter than {@link #BASELINE} that a candidate or the stream's end cuts still counts, by
     * its least lateness: a queue that releases its burst just before the stream ends is on time again
     * by the burst's last packet.
     */
    private void endRun() {
        if (filled > 0 && filled < BASELINE) {
            open.lower(least());
        }
    }

    /** Ends the stream: a stall near its end counts when a few packets confirm it. */
    public void finish() {
        endRun();
        while (open.size() > 0) {
            settle(3);
        }
    }

    private void restart(int clockRate) {
        finish();
        rate = clockRate;
        sequence.reset();
        timestamp.reset();
        started = false;
        resetRuns();
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

    /** Closes the oldest candidate: a stall when {@code confirm} packets followed it and it stayed late. */
    private void settle(int confirm) {
        long shift = open.oldestLevel() - open.oldestBaseline();
        if (open.oldestSeen() >= confirm && shift > THRESHOLD_NANOS / 2 && stalls < MAX_STALLS) {
            if (stalls == captures.length) {
                captures = Arrays.copyOf(captures, 2 * stalls);
                ssrcs = Arrays.copyOf(ssrcs, 2 * stalls);
                shifts = Arrays.copyOf(shifts, 2 * stalls);
            }
            captures[stalls] = open.oldestNanos();
            ssrcs[stalls] = open.oldestSsrc();
            shifts[stalls] = shift;
            stalls++;
        }
        open.removeOldest();
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
