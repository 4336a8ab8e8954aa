package io.callrec.media.timeline;

/**
 * Arrival timing of one leg against the capture clock: RFC 3550 §6.4.1 / A.8 interarrival
 * jitter, J += (|D(i-1,i)| - J) / 16 with transit times in RTP ticks, and the tick/nanosecond
 * span of each segment from which {@link LegCounters#measuredClockRate()} is derived. When the
 * leg's clock is unknown, jitter starts once the current segment has measured it.
 */
final class ArrivalClock {

    private final long originNanos;
    private final LegCounters counters;
    private int rate;
    private double lastTransit = Double.NaN;
    private long firstNanos = Long.MIN_VALUE;
    private long firstTicks;
    private long lastNanos;
    private long lastTicks = Long.MIN_VALUE;

    /** {@code clockRate} 0 = unknown. */
    ArrivalClock(long originNanos, int clockRate, LegCounters counters) {
        this.originNanos = originNanos;
        this.rate = clockRate;
        this.counters = counters;
    }

    void jitter(long captureNanos, long extTs) {
        if (rate == 0) {
            rate = LegCounters.measuredClockRate(firstNanos == Long.MIN_VALUE ? 0 : lastNanos - firstNanos,
                    lastTicks - firstTicks);
            if (rate == 0) {
                return;
            }
        }
        double transit = (captureNanos - originNanos) * (rate / 1e9) - extTs;
        if (!Double.isNaN(lastTransit)) {
            counters.jitter += (Math.abs(transit - lastTransit) - counters.jitter) / 16;
            counters.maxJitter = Math.max(counters.maxJitter, counters.jitter);
        }
        lastTransit = transit;
    }

    /** A packet whose timestamp tells the sender's clock (in-order audio, or the start of a tone). */
    void tick(long captureNanos, long extTs) {
        if (firstNanos == Long.MIN_VALUE) {
            firstNanos = captureNanos;
            firstTicks = extTs;
        }
        if (extTs >= lastTicks) {
            lastNanos = captureNanos;
            lastTicks = extTs;
        }
    }

    /** Ends the segment: its span joins the leg's clock measurement; transit history is reset. */
    void endSegment() {
        if (firstNanos != Long.MIN_VALUE && lastNanos > firstNanos) {
            counters.clockTicks += lastTicks - firstTicks;
            counters.clockNanos += lastNanos - firstNanos;
        }
        firstNanos = Long.MIN_VALUE;
        lastTicks = Long.MIN_VALUE;
        lastTransit = Double.NaN;
    }
}
