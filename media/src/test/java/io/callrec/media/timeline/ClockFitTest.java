package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lower envelope of arrival delay: 20 ms packets at 8 kHz whose capture position is the sender's
 * (drifting) clock plus a 160-sample path and network delay that only ever adds: exponential jitter
 * (3 ms mean), one packet in 25 late by 20-60 ms, and spikes where the queue holds packets 50-100 ms.
 */
class ClockFitTest {

    private static final int RATE = 8000;

    /** {@code seconds} of in-order packets from a sender whose clock is off by {@code ppm}; every fifth one lost. */
    private static DriftEstimator leg(double ppm, double seconds, long seed, boolean congestion) {
        DriftEstimator d = new DriftEstimator(RATE);
        Random r = new Random(seed);
        double holdUntil = 0;
        int packets = (int) (seconds * 50);
        for (int k = 0; k < packets; k++) {
            long placed = 1000 + 160L * k;
            double sent = 1000 + 160.0 * k / (1 + ppm * 1e-6);
            double delay = 160 - Math.log(1 - r.nextDouble()) * 24;
            if (r.nextInt(25) == 0) {
                delay += 160 + r.nextInt(320);
            }
            if (r.nextInt(1500) == 0) {
                holdUntil = sent + 400 + r.nextInt(400);
            }
            if (congestion && k >= packets / 3 && k < packets / 3 + 150) {
                delay += 640;
            }
            double captured = Math.max(sent + delay, holdUntil);
            if (r.nextInt(5) != 0) {
                d.add(captured, placed);
            }
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void exactClocksThroughAJitteryLossyPathGiveNoCorrectionAndTheirPathDelay(long seed) {
        ClockFit fit = leg(0, 600, seed, true).fit();

        assertThat(fit.status()).isNotEqualTo(ClockFit.Status.CORRECTABLE);
        assertThat(Math.abs(fit.driftPpm())).isLessThan(1);
        // every packet was sent at its placed position + 0, and the path takes 160 samples
        assertThat(fit.offset(1000)).isCloseTo(160, within(1.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-500, -200, -50, 50, 200, 500})
    void aRealDriftIsMeasuredAndCorrectable(double ppm) {
        ClockFit fit = leg(ppm, 600, (long) ppm, true).fit();

        assertThat(fit.status()).isEqualTo(ClockFit.Status.CORRECTABLE);
        assertThat(fit.driftPpm()).isCloseTo(ppm, within(1.0));
        // where the last packet's audio belongs: within 5 ms (40 samples) of its send time + path
        double lastPlaced = 1000 + 160.0 * 29_999;
        double belongs = 1000 + 160.0 * 29_999 / (1 + ppm * 1e-6) + 160;
        assertThat(lastPlaced + fit.lateness(lastPlaced)).isCloseTo(belongs, within(8.0));
    }

    @Test
    void aDriftThatMovesTheLegLessThanFiveMillisecondsIsNegligible() {
        ClockFit fit = leg(50, 60, 9, false).fit();

        assertThat(fit.driftPpm()).isCloseTo(50, within(3.0));
        assertThat(fit.status()).isEqualTo(ClockFit.Status.NEGLIGIBLE);
    }

    @Test
    void aClockThreeTenthsOfAPercentOffIsImplausibleAndPlacedFromItsStart() {
        ClockFit fit = leg(3000, 60, 10, false).fit();

        assertThat(fit.driftPpm()).isCloseTo(3000, within(5.0));
        assertThat(fit.status()).isEqualTo(ClockFit.Status.IMPLAUSIBLE);
        assertThat(fit.offset(1000)).isCloseTo(160, within(1.0));
    }

    @Test
    void eightHundredPpmIsBeyondWhatARealClockDoesAndIsNotApplied() {
        ClockFit fit = leg(800, 120, 12, true).fit();

        assertThat(fit.driftPpm()).isCloseTo(800, within(2.0));
        assertThat(fit.status()).isEqualTo(ClockFit.Status.IMPLAUSIBLE);
    }

    @Test
    void underTenSecondsThereIsNoEvidence() {
        assertThat(leg(500, 8, 11, false).fit().status()).isEqualTo(ClockFit.Status.UNCERTAIN);
        assertThat(new DriftEstimator(RATE).fit().status()).isEqualTo(ClockFit.Status.UNCERTAIN);
    }

    @Test
    void theLineLiesUnderEveryPacketSoNoneIsPlacedLaterThanCaptured() {
        DriftEstimator d = new DriftEstimator(RATE);
        Random r = new Random(12);
        double[][] packets = new double[15_000][];
        for (int k = 0; k < packets.length; k++) {
            // a slow clock, and a sender that also pauses 20 ms now and then without advancing its timestamps
            double captured = 160.0 * k / (1 - 300e-6) + 20 * 8 * (k / 2000) + r.nextDouble() * 40;
            packets[k] = new double[] {captured, 160.0 * k};
            d.add(captured, 160L * k);
        }
        ClockFit fit = d.fit();

        for (double[] p : packets) {
            assertThat(p[1] + fit.lateness(p[1])).isLessThanOrEqualTo(p[0] + 1e-6);
        }
    }

    @Test
    void aPacketSentEarlyByItsSenderDoesNotMoveTheLeg() {
        DriftEstimator d = new DriftEstimator(RATE);
        for (int k = 0; k < 150; k++) {
            // packet 11 went out with packet 10's slot: 20 ms earlier than its timestamp says
            d.add(160.0 * k + 160 - (k == 11 ? 160 : 0), 160L * k);
        }
        ClockFit fit = d.fit();

        assertThat(fit.offset(0)).isCloseTo(160, within(0.5));
    }

    @Test
    void aDayOfPacketsKeepsConstantMemoryAndItsPrecision() {
        DriftEstimator d = new DriftEstimator(RATE);
        for (long k = 0; k < 24L * 3600 * 50; k++) {
            d.add(160.0 * k / (1 + 100e-6) + 160 + (k % 7) * 3, 160L * k);
        }
        ClockFit fit = d.fit();

        assertThat(fit.driftPpm()).isCloseTo(100, within(0.01));
        assertThat(fit.status()).isEqualTo(ClockFit.Status.CORRECTABLE);
    }

    @Test
    void aNewAnchorIsMeasuredApartAndTheLongestAnchorDecides() {
        DriftEstimator d = new DriftEstimator(RATE);
        for (int k = 0; k < 500; k++) {
            d.add(160.0 * k + 5000, 160L * k);
        }
        d.newAnchor();
        for (int k = 500; k < 30_000; k++) {
            d.add(160.0 * k / (1 + 200e-6) + 160, 160L * k);
        }
        ClockFit fit = d.fit();

        assertThat(fit.driftPpm()).isCloseTo(200, within(0.5));
        assertThat(fit.lateness(160.0 * 600)).isCloseTo(160 - 160.0 * 600 * 200e-6, within(1.0));
    }
}
