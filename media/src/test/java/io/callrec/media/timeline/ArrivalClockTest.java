package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArrivalClockTest {

    @Test
    void unknownClockIsMeasuredAndSnappedThenJitterFollowsIt() {
        LegCounters c = new LegCounters();
        ArrivalClock clock = new ArrivalClock(0, 0, c);
        for (int k = 0; k < 100; k++) {
            long nanos = k * 20_000_000L + (k % 2 == 0 ? 0 : 4_000_000L);
            clock.tick(nanos, 960L * k);
            clock.jitter(nanos, 960L * k);
        }
        clock.endSegment();
        assertThat(c.measuredClockRate()).isEqualTo(48000);
        // |D| alternates 4 ms = 192 ticks once the rate is known: J approaches 192.
        assertThat(c.jitterTicks()).isCloseTo(192, within(10.0));
    }

    @Test
    void tooShortASpanMeasuresNothing() {
        LegCounters c = new LegCounters();
        ArrivalClock clock = new ArrivalClock(0, 0, c);
        clock.tick(0, 0);
        clock.tick(100_000_000L, 800);
        clock.endSegment();
        assertThat(c.measuredClockRate()).isZero();
        assertThat(c.jitterTicks()).isZero();
    }

    @Test
    void knownClockGivesJitterFromTheSecondPacket() {
        LegCounters c = new LegCounters();
        ArrivalClock clock = new ArrivalClock(0, 8000, c);
        clock.jitter(0, 0);
        clock.jitter(30_000_000L, 160);
        assertThat(c.jitterTicks()).isCloseTo(80 / 16.0, within(1e-9));
    }
}
