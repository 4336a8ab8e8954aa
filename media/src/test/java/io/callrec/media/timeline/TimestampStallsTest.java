package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.NetworkImpairment;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampStallsTest {

    private static final long SSRC = 0xCAFEBABEL;
    private static final long MS = 1_000_000L;

    /** Feeds packets 20 ms apart from {@code seq}; returns the next capture time. */
    private static long run(TimestampStalls s, long nanos, int seq, long ts, int packets) {
        for (int i = 0; i < packets; i++) {
            s.offer(nanos + i * 20 * MS, SSRC, (seq + i) & 0xFFFF, ts + 160L * i, 8000);
        }
        return nanos + packets * 20 * MS;
    }

    /** Packets {@code from} to {@code to} (exclusive) released by a queue together, 50 µs apart from {@code nanos}. */
    private static void burst(TimestampStalls s, long nanos, int from, int to) {
        for (int i = from; i < to; i++) {
            s.offer(nanos + (i - from) * 50_000L, SSRC, i, 160L * i, 8000);
        }
    }

    @Test
    void aPauseWithoutTimestampAdvanceIsFoundWithItsLength() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 100, 1000, 50);
        run(s, t + 480 * MS, 150, 1000 + 160 * 50, 50);
        s.finish();

        assertThat(s.count()).isEqualTo(1);
        assertThat(s.captureAt(0)).isEqualTo(t + 480 * MS);
        assertThat(s.ssrcAt(0)).isEqualTo(SSRC);
        assertThat(s.shiftAt(0)).isEqualTo(480 * MS);
    }

    @Test
    void aJitterSpikeThatCatchesUpIsNoStall() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 0, 0, 50);
        // packet 50 is 150 ms late, the next ones arrive in a burst and then on time again
        s.offer(t + 150 * MS, SSRC, 50, 160 * 50, 8000);
        burst(s, t + 151 * MS, 51, 58);
        run(s, t + 8 * 20 * MS, 58, 160 * 58, 40);
        s.finish();

        assertThat(s.count()).isZero();
    }

    @Test
    void silenceWithATimestampJumpAsRfc3551AsksIsNoStall() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 0, 0, 50);
        run(s, t + 2000 * MS, 50, 160 * 50 + 16000, 50);
        s.finish();

        assertThat(s.count()).isZero();
    }

    @Test
    void aTimestampResetOrABigJumpStartsAfreshInsteadOfCountingAsAStall() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 0, 347_200, 50);
        t = run(s, t + 300 * MS, 50, 0, 50);
        run(s, t, 100, 0xFFFF_FF00L, 50);
        s.finish();

        assertThat(s.count()).isZero();
    }

    @Test
    void slowClockDriftIsNoStall() {
        TimestampStalls s = new TimestampStalls();
        for (int i = 0; i < 3000; i++) {
            s.offer(i * 20_100_000L, SSRC, i & 0xFFFF, 160L * i, 8000);
        }
        s.finish();

        assertThat(s.count()).isZero();
    }

    @Test
    void duplicatesReorderingAndUnknownClocksAreIgnored() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 65500, 0, 30);
        s.offer(t, SSRC, (65500 + 29) & 0xFFFF, 160 * 29, 8000);
        s.offer(t + 1, SSRC, (65500 + 20) & 0xFFFF, 160 * 20, 8000);
        s.offer(t + 900 * MS, SSRC, (65500 + 30) & 0xFFFF, 160 * 30, 0);
        run(s, t, (65500 + 30) & 0xFFFF, 160 * 30, 30);
        s.finish();

        assertThat(s.count()).isZero();
    }

    @Test
    void aStallNearTheEndCountsWhenAFewPacketsConfirmIt() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 0, 0, 50);
        run(s, t + 300 * MS, 50, 160 * 50, 4);
        s.finish();

        assertThat(s.count()).isEqualTo(1);
        assertThat(s.shiftAt(0)).isEqualTo(300 * MS);
    }

    @Test
    void aQueueThatFillsAndDrainsIsNoStall() {
        TimestampStalls s = new TimestampStalls();
        for (int i = 0; i < 500; i++) {
            // the network delay rises by 100 ms for one second (packets 200..249), then recovers
            long delay = i >= 200 && i < 250 ? 100 * MS : 0;
            s.offer(i * 20 * MS + delay, SSRC, i, 160L * i, 8000);
        }
        s.finish();

        assertThat(s.count()).isZero();
    }

    @Test
    void aPauseAfterTheSequenceNumbersWrappedIsFoundWhereItWasCaptured() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 0, 0, 68_000);
        run(s, t + 500 * MS, 68_000, 160L * 68_000, 50);
        s.finish();

        assertThat(s.count()).isEqualTo(1);
        assertThat(s.captureAt(0)).isEqualTo(t + 500 * MS);
        assertThat(s.shiftAt(0)).isEqualTo(500 * MS);
    }

    @Test
    void twoPausesCloseTogetherAreTwoStalls() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 0, 0, 50);
        t = run(s, t + 300 * MS, 50, 160 * 50, 5);
        run(s, t + 200 * MS, 55, 160 * 55, 50);
        s.finish();

        assertThat(s.count()).isEqualTo(1 + 1);
        assertThat(s.shiftAt(0)).isEqualTo(300 * MS);
        assertThat(s.shiftAt(1)).isEqualTo(200 * MS);
    }

    /**
     * Issue 12's false 40 ms stall: a packet 50 ms late, then a queue that held the next ones for
     * 80 ms and releases them in a burst. The late packet and the burst each look like a step up; the
     * stream is back on time a few packets later, so neither is a stall.
     */
    @Test
    void aLatePacketFollowedByAQueueBurstIsNoStall() {
        TimestampStalls s = new TimestampStalls();
        long t = run(s, 0, 0, 0, 50);
        s.offer(t + 50 * MS, SSRC, 50, 160 * 50, 8000);
        burst(s, t + 114 * MS, 51, 56);
        run(s, t + 6 * 20 * MS, 56, 160 * 56, 50);
        s.finish();

        assertThat(s.count()).isZero();
    }

    /** Where each packet of a stream sent every 20 ms arrives over {@code network}; -1 = lost. */
    private static long[] arrivals(NetworkImpairment network, int packets, long seed) {
        double[] send = new double[packets];
        boolean[] sent = new boolean[packets];
        for (int k = 0; k < packets; k++) {
            send[k] = k * 20e6;
            sent[k] = true;
        }
        return network.deliver(send, sent, new Random(seed)).first();
    }

    /** Feeds the packets in arrival order, with {@code pauseAt}: the sender pauses 300 ms there without advancing its timestamps. */
    private static TimestampStalls capture(long[] arrival, int pauseAt) {
        Integer[] order = new Integer[arrival.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(arrival[a], arrival[b]));
        TimestampStalls s = new TimestampStalls();
        for (int k : order) {
            if (arrival[k] >= 0) {
                long pause = k >= pauseAt ? 300 * MS : 0;
                s.offer(arrival[k] + pause, SSRC, (40_000 + k) & 0xFFFF, 4_294_000_000L + 160L * k, 8000);
            }
        }
        s.finish();
        return s;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void lossReorderingJitterAndSpikesAreNoStall(long seed) {
        Random r = new Random(seed);
        NetworkImpairment network = NetworkImpairment.lossy(r.nextDouble() * 0.10, r.nextDouble() * 0.05);
        // ten minutes, with a spike every 30 s on average
        TimestampStalls s = capture(arrivals(network, 30_000, seed), Integer.MAX_VALUE);

        assertThat(s.count()).as("stalls found in %s", network).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void aRealStallOnALossyJitteryPathIsStillFoundWithItsLength(long seed) {
        NetworkImpairment network = NetworkImpairment.lossy(0.05, 0.03);
        TimestampStalls s = capture(arrivals(network, 3_000, seed), 1_500);

        assertThat(s.count()).isEqualTo(1);
        assertThat(s.shiftAt(0)).isBetween(290 * MS, 310 * MS);
    }
}
