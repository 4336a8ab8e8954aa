package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Drift correction never stretches a leg past the capture time its last packet's audio ends at. */
class DriftBoundTest {

    @Test
    void aStretchThatStaysInsideTheCaptureKeepsTheMeasuredSlope() {
        // 100 000 samples placed, 1 % slow: stretched end 101 010, the capture ends at 101 500.
        assertThat(LegLayout.boundedSlope(-0.01, 0, 100_000, 101_500)).isEqualTo(-0.01);
    }

    @Test
    void aStretchPastTheCaptureEndIsBoundedToEndWithIt() {
        // 11 % slow (pauses read as drift): the leg would end at 112 360, its packets end at 109 000.
        double slope = LegLayout.boundedSlope(-0.11, 1_000, 101_000, 109_000);
        assertThat(1_000 + 100_000 / (1 + slope)).isCloseTo(109_000, within(1e-6));
    }

    @Test
    void aFastClockIsNotBounded() {
        assertThat(LegLayout.boundedSlope(0.02, 0, 100_000, 90_000)).isEqualTo(0.02);
    }
}
