package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.ImpairedCall;
import io.callrec.media.testkit.LegAlignment;
import io.callrec.media.testkit.NetworkImpairment;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, property style: two-way G.711 calls over seeded lossy, reordering, jittery networks
 * ({@link ImpairedCall}, {@link NetworkImpairment}: 0-10 % loss in bursts of 1-3, 0-5 % reordering,
 * 3 ms mean jitter, queue spikes of 50-100 ms, duplicates), one leg starting later, the two paths of
 * different delay. Every packet that arrived is looked for in the stereo recording, sample for
 * sample, near where it belongs on the recorder's clock (its send time plus the path delay).
 */
class ImpairedNetworkTest {

    private static final int RATE = 8000;

    @TempDir
    Path dir;

    private record Converted(List<ImpairedCall.Sent> sent, ConversionResult result, short[][] channels) {
    }

    private Converted convert(long seed, double seconds, ImpairedCall.Direction a, ImpairedCall.Direction b)
            throws Exception {
        Path pcap = dir.resolve("call-" + seed + ".pcap");
        Path wav = dir.resolve("call-" + seed + ".wav");
        List<ImpairedCall.Sent> sent = ImpairedCall.write(pcap, seed, seconds, a, b);
        ConversionResult r = new MediaEngine().convert(pcap, wav, new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
        WavFile w = WavFile.read(wav);
        return new Converted(sent, r, new short[][] {w.channel(0), w.channel(1)});
    }

    /** Every packet that arrived is in the recording sample for sample, within one sample of where it belongs. */
    private static void assertExactlyInPlace(Converted c) {
        for (int leg = 0; leg < 2; leg++) {
            LegStatistics s = c.result().legs().get(leg);
            assertThat(s.driftCorrected()).as("leg %d: %s", leg, s).isFalse();
            assertThat(s.timestampStalls()).as("leg %d stalls", leg).isZero();
            LegAlignment.Result al = LegAlignment.measure(c.sent().get(leg), c.channels()[leg],
                    c.result().originEpochNanos(), RATE, 1, 0, RATE);
            assertThat(al.unfound()).as("leg %d: packets not found sample-exact", leg).isZero();
            assertThat(al.exact()).as("leg %d: %s", leg, al).isEqualTo(al.measured()).isGreaterThan(500);
            assertThat(Math.abs(al.maxError())).as("leg %d: largest error in samples", leg).isLessThanOrEqualTo(1.0);
        }
    }

    /** Issue 12's call: 20 s of PCMU each way, 3.5 % loss and 2 % reordering, B 50 ms after A, exact clocks. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theIssueCallKeepsBothLegsInPlaceWithoutCorrection(long seed) throws Exception {
        NetworkImpairment network = NetworkImpairment.lossy(0.035, 0.02);
        Converted c = convert(seed, 20, new ImpairedCall.Direction(0, 0, 0, network, false),
                new ImpairedCall.Direction(0, 50, 0, network.withDelay(35), false));

        assertExactlyInPlace(c);
        assertThat(c.result().legs()).allSatisfy(l -> assertThat(Math.abs(l.driftPpm())).isLessThan(20));
    }

    static Stream<Long> seeds() {
        return LongStream.range(100, 112).boxed();
    }

    /** Random loss 0-10 %, reordering 0-5 %, B starting 0-2 s after A, exact clocks; every fourth call with silence suppression. */
    @ParameterizedTest
    @MethodSource("seeds")
    void withExactClocksEveryLegLandsWithinOneSampleAndNothingIsCorrected(long seed) throws Exception {
        Random r = new Random(seed);
        NetworkImpairment network = NetworkImpairment.lossy(r.nextDouble() * 0.10, r.nextDouble() * 0.05)
                .withDelay(5 + r.nextInt(80));
        boolean dtx = seed % 4 == 0;
        Converted c = convert(seed, 30, new ImpairedCall.Direction(0, 0, 0, network, dtx),
                new ImpairedCall.Direction(8, r.nextInt(2000), 0, network.withDelay(5 + r.nextInt(80)), dtx));

        assertExactlyInPlace(c);
    }

    /** Each pair of clocks on a clean and on a lossy path, each with two seeds of its own. */
    static Stream<Arguments> drifts() {
        return Stream.of(Arguments.of(50, -50, false, 1), Arguments.of(-50, 50, true, 1),
                Arguments.of(200, -200, false, 1), Arguments.of(-200, 200, true, 1),
                Arguments.of(500, -500, false, 1), Arguments.of(-500, 500, true, 1),
                Arguments.of(-50, 50, true, 2), Arguments.of(200, -200, true, 2), Arguments.of(500, -500, true, 2));
    }

    /**
     * Ten minutes with both senders' clocks off (±50, ±200, ±500 ppm: 30 to 300 ms over the call), on a
     * clean path or with 5 % loss and 2 % reordering: each leg's drift is measured and corrected, and
     * its last second of audio lands within 5 ms of where it belongs.
     */
    @ParameterizedTest
    @MethodSource("drifts")
    void aRealDriftIsCorrectedToWithinFiveMillisecondsAfterTenMinutes(int ppmA, int ppmB, boolean lossy, int seed)
            throws Exception {
        NetworkImpairment network = lossy ? NetworkImpairment.lossy(0.05, 0.02) : NetworkImpairment.CLEAN;
        Converted c = convert(1000L * seed + ppmA, 600, new ImpairedCall.Direction(0, 0, ppmA, network, false),
                new ImpairedCall.Direction(8, 700, ppmB, network.withDelay(40), false));

        assertDriftCorrected(c, ppmA, ppmB, 5);
    }

    private static void assertDriftCorrected(Converted c, int ppmA, int ppmB, double millis) {
        int[] ppm = {ppmA, ppmB};
        for (int leg = 0; leg < 2; leg++) {
            LegStatistics s = c.result().legs().get(leg);
            assertThat(s.driftCorrected()).as("leg %d: %s", leg, s).isTrue();
            assertThat(s.driftPpm()).as("leg %d", leg).isBetween(ppm[leg] - 2.0, ppm[leg] + 2.0);
            LegAlignment.Result al = LegAlignment.measure(c.sent().get(leg), c.channels()[leg],
                    c.result().originEpochNanos(), RATE, 1000, 50, 400);
            assertThat(al.unfound()).as("leg %d: %s", leg, al).isZero();
            assertThat(Math.abs(al.endError())).as("leg %d: error at the end, samples", leg)
                    .isLessThanOrEqualTo(millis * RATE / 1000);
            assertThat(Math.abs(al.maxError())).as("leg %d: largest error, samples", leg)
                    .isLessThanOrEqualTo(millis * RATE / 1000);
        }
    }

    /** Shorter calls, more seeds: two minutes with a random real drift each way through a lossy path. */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void aRealDriftOnALossyPathIsCorrectedForAnySeed(long seed) throws Exception {
        Random r = new Random(seed);
        int ppmA = (r.nextBoolean() ? 1 : -1) * (150 + r.nextInt(350));
        int ppmB = (r.nextBoolean() ? 1 : -1) * (150 + r.nextInt(350));
        NetworkImpairment network = NetworkImpairment.lossy(r.nextDouble() * 0.10, r.nextDouble() * 0.05);
        Converted c = convert(seed, 120, new ImpairedCall.Direction(0, 0, ppmA, network, false),
                new ImpairedCall.Direction(0, r.nextInt(2000), ppmB, network.withDelay(30), false));

        assertDriftCorrected(c, ppmA, ppmB, 5);
    }
}
