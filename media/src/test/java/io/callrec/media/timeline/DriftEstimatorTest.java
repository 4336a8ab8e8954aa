package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DriftEstimatorTest {

    /** Ten minutes of 20 ms packets with up to 30 ms of random network jitter. */
    private static DriftEstimator run(double drift) {
        DriftEstimator d = new DriftEstimator();
        Random random = new Random(7);
        for (long k = 0; k < 30000; k++) {
            long placed = 1000 + Math.round(160 * k * (1 + drift));
            long captured = 1000 + 160 * k + random.nextInt(240);
            d.add(captured, placed);
        }
        return d;
    }

    @Test
    void slopeOfAClockRunningOneTenthOfAPercentFast() {
        DriftEstimator d = run(1e-3);
        assertThat(d.slope()).isCloseTo(1e-3, within(2e-6));
        assertThat(d.slopeError()).isLessThan(1e-6);
        assertThat(d.span()).isGreaterThan(4_700_000);
    }

    @Test
    void jitterAloneGivesNoSignificantSlope() {
        DriftEstimator d = run(0);
        assertThat(Math.abs(d.slope())).isLessThan(4 * d.slopeError());
    }

    @Test
    void tooFewPacketsGiveNoEstimate() {
        DriftEstimator d = new DriftEstimator();
        d.add(0, 0);
        d.add(160, 170);
        assertThat(d.slope()).isZero();
        assertThat(d.slopeError()).isInfinite();
    }
}
