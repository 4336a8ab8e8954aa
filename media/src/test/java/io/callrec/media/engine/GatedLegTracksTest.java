package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.mix.SampleSource;
import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.ReferenceG711;
import io.callrec.media.timeline.LegTimeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stopped parts of an on-demand recording never reach the legs' temporary files: with spans,
 * each track holds only what was captured inside them (by capture time, jitter included), and a
 * statistics-only pass writes no file at all. The reference is the same leg assembled ungated.
 */
class GatedLegTracksTest {

    private static final int PACKETS = 150;
    /** Capture jitter of every packet lies in [-4, +4] ms. */
    private static final int JITTER_MICROS = 4000;
    private static final int JITTER_SAMPLES = 8 * JITTER_MICROS / 1000;

    @TempDir
    Path dir;

    /** Temporary files in the spill folder while the last assembly was still open. */
    private long spilledFiles;

    private Path jitteredCall() throws Exception {
        Path pcap = dir.resolve("jittered.pcap");
        byte[] payload = new byte[160];
        try (CaptureFixture f = CaptureFixture.create(pcap)) {
            for (int n = 0; n < PACKETS; n++) {
                Arrays.fill(payload, ReferenceG711.ulaw(1000 + 40 * (n % 50)));
                long jitter = ((n * 7919L) % (2 * JITTER_MICROS + 1)) - JITTER_MICROS;
                f.rtp(CaptureFixture.A, 100_000 + n * 20_000L + jitter, 0, 500 + n, 8000 + 160L * n, 0xCAFE, payload);
            }
        }
        return pcap;
    }

    /** Every leg's track as it would be spilled to its temporary file, assembled with {@code keep}. */
    private List<short[]> tracks(Path capture, long[][] keep, Path tempDir) throws Exception {
        StreamScan.Result scan = StreamScan.run(capture);
        CallSelection calls = CallSelection.choose(scan.streams(), scan.signalling(), ConversionOptions.defaults());
        LegPlan plan = new LegPlan(calls.streams(), calls.assignments(), scan.opusGuess());
        List<short[]> result = new ArrayList<>();
        try (LegAssembly assembly = new LegAssembly(plan, CaptureFixture.EPOCH_NANOS, tempDir, keep)) {
            assembly.run(capture);
            for (LegTimeline t : assembly.timelines()) {
                t.finish();
                result.add(readAll(t.track().finish(0)));
            }
            try (var files = Files.list(tempDir)) {
                spilledFiles = files.count();
            }
        }
        return result;
    }

    private static short[] readAll(SampleSource source) throws Exception {
        short[] out = new short[8000 * 10];
        int total = 0;
        int n;
        while ((n = source.read(out, total, out.length - total)) > 0) {
            total += n;
        }
        return Arrays.copyOf(out, total);
    }

    private static long at(long millis) {
        return CaptureFixture.EPOCH_NANOS + millis * 1_000_000L;
    }

    @Test
    void aTrackHoldsOnlyWhatWasCapturedInsideTheSpans() throws Exception {
        Path capture = jitteredCall();
        short[] full = tracks(capture, null, dir).get(0);
        Path spill = Files.createDirectory(dir.resolve("gated"));
        short[] gated = tracks(capture, new long[][] {{at(1100), at(2100)}}, spill).get(0);
        assertThat(spilledFiles).isEqualTo(1);

        int start = 8 * 1100;
        int end = 8 * 2100;
        assertThat(full.length).isGreaterThan(end + 1000);
        for (int p = 0; p < full.length; p++) {
            short g = p < gated.length ? gated[p] : 0;
            if (p < start - 2 * JITTER_SAMPLES || p >= end + 2 * JITTER_SAMPLES) {
                assertThat(g).as("sample %d, captured outside the span", p).isZero();
            } else if (p >= start + 2 * JITTER_SAMPLES && p < end - 2 * JITTER_SAMPLES) {
                assertThat(g).as("sample %d, inside the span", p).isEqualTo(full[p]).isNotZero();
            } else {
                assertThat(g).as("sample %d at an edge: kept as it was or refused", p).isIn(full[p], (short) 0);
            }
        }
    }

    @Test
    void aStatisticsOnlyPassSpillsNothing() throws Exception {
        Path capture = jitteredCall();
        Path spill = Files.createDirectory(dir.resolve("analysis"));

        short[] track = tracks(capture, new long[0][], spill).get(0);

        assertThat(track).isEmpty();
        assertThat(spilledFiles).isZero();
    }

    @Test
    void theAnalysisStillCountsEveryPacket() throws Exception {
        ConversionResult analysis = new MediaEngine().analyse(jitteredCall());

        assertThat(analysis.legs()).singleElement().satisfies(l -> {
            assertThat(l.packets()).isEqualTo(PACKETS);
            assertThat(l.durationMillis()).isEqualTo(PACKETS * 20);
        });
    }

    @Test
    void lossRightAfterARecordingStartsIsNotConcealedFromStoppedAudio() throws Exception {
        Path pcap = dir.resolve("tone-with-loss.pcap");
        byte[] payload = new byte[160];
        try (CaptureFixture f = CaptureFixture.create(pcap)) {
            for (int n = 0; n < 150; n++) {
                if (n >= 55 && n < 65) {
                    continue; // 1.1 s to 1.3 s lost
                }
                for (int k = 0; k < 160; k++) {
                    payload[k] = ReferenceG711.ulaw((int) (8000 * Math.sin(2 * Math.PI * 440 * (n * 160 + k) / 8000.0)));
                }
                f.rtp(CaptureFixture.A, n * 20_000L, 0, n, 160L * n, 0xBEEF, payload);
            }
        }
        short[] full = tracks(pcap, null, dir).get(0);
        Path spill = Files.createDirectory(dir.resolve("started"));
        short[] gated = tracks(pcap, new long[][] {{at(1100), at(3000)}}, spill).get(0);

        long concealed = java.util.stream.IntStream.range(8800, 9000).filter(i -> full[i] != 0).count();
        assertThat(concealed).as("ungated, the loss is concealed from the tone before it").isGreaterThan(150);
        assertThat(Arrays.copyOfRange(gated, 8800, 10400)).as("nothing captured, nothing kept").containsOnly((short) 0);
        assertThat(Arrays.copyOfRange(gated, 10400, 11000)).isEqualTo(Arrays.copyOfRange(full, 10400, 11000));
    }

    @Test
    void aSingleLegWithADriftingClockIsCutWhereItsAudioWasCaptured() throws Exception {
        Path pcap = dir.resolve("fast-clock.pcap");
        byte[] payload = new byte[160];
        Arrays.fill(payload, ReferenceG711.ulaw(1000));
        try (CaptureFixture f = CaptureFixture.create(pcap)) {
            for (int n = 0; n < 3000; n++) {
                // the sender's clock runs 500 ppm fast: 160.08 ticks per 20 ms of capture time (30 ms over the minute)
                f.rtp(CaptureFixture.A, n * 20_000L, 0, n, Math.round(160.08 * n), 0xFA57, payload);
            }
        }
        long o = CaptureFixture.EPOCH_NANOS;
        java.util.List<TimeSpan> spans = java.util.List.of(new TimeSpan(java.time.Instant.ofEpochSecond(0, o + 40_000_000_000L),
                java.time.Instant.ofEpochSecond(0, o + 50_000_000_000L)));

        ConversionResult r = new MediaEngine().convert(pcap, dir.resolve("cut.wav"),
                ConversionOptions.defaults().withSpans(spans));
        short[] audio = io.callrec.media.testing.WavFile.read(dir.resolve("cut.wav")).channel(0);

        assertThat(r.legs().get(0).driftCorrected()).isTrue();
        assertThat(audio.length).isBetween(80_000 - 8, 80_000 + 8);
        long silent = java.util.stream.IntStream.range(0, audio.length).filter(i -> audio[i] == 0).count();
        assertThat(silent).as("samples lost between the gate (capture clock) and the cut").isLessThan(80);
    }
}
