package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.mix.SampleSink;
import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.SyntheticCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On-demand recording: only the spans reach the file, joined sample-exactly, with prompts mixed in
 * at span starts and stops. The reference is the same capture converted whole: the spanned output
 * must equal its slices at the frames the span instants name.
 */
class RecordedSpansTest {

    private static final int RATE = 8000;

    @TempDir
    Path dir;

    private final MediaEngine engine = new MediaEngine();

    private Path capture() throws Exception {
        Path pcap = dir.resolve("call.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            SyntheticCall.write(out, 4, 0);
        }
        return pcap;
    }

    private static Instant at(long originNanos, long frame, int rate) {
        long nanos = originNanos + frame * 1_000_000_000L / rate;
        return Instant.ofEpochSecond(0, nanos);
    }

    @Test
    void onlyTheSpansReachTheMonoOutputJoinedAtTheirFrames() throws Exception {
        Path pcap = capture();
        ConversionOptions mono = ConversionOptions.defaults();
        ConversionResult whole = engine.convert(pcap, dir.resolve("whole.wav"), mono);
        short[] full = WavFile.read(dir.resolve("whole.wav")).channel(0);
        long o = whole.originEpochNanos();
        List<TimeSpan> spans = List.of(new TimeSpan(at(o, 8000, RATE), at(o, 16000, RATE)),
                new TimeSpan(at(o, 20000, RATE), at(o, 24400, RATE)));

        ConversionResult cut = engine.convert(pcap, dir.resolve("cut.wav"), mono.withSpans(spans));
        short[] kept = WavFile.read(dir.resolve("cut.wav")).channel(0);

        assertThat(kept).hasSize(8000 + 4400);
        assertThat(Arrays.copyOfRange(kept, 0, 8000)).isEqualTo(Arrays.copyOfRange(full, 8000, 16000));
        assertThat(Arrays.copyOfRange(kept, 8000, 12400)).isEqualTo(Arrays.copyOfRange(full, 20000, 24400));
        assertThat(cut.durationMillis()).isEqualTo(1550);
        assertThat(cut.audioBytes()).isEqualTo(12400L * 2);
        assertThat(cut.originEpochNanos()).isEqualTo(o);
    }

    @Test
    void stereoSpansKeepBothChannelsAndPromptsSitAtStartAndStop() throws Exception {
        Path pcap = capture();
        ConversionOptions stereo = new ConversionOptions(OutputFormat.WAV, Channels.STEREO);
        long o = engine.analyse(pcap).originEpochNanos();
        List<TimeSpan> spans = List.of(new TimeSpan(at(o, 4000, RATE), at(o, 12000, RATE)),
                new TimeSpan(at(o, 16000, RATE), at(o, 24000, RATE)));
        short[] prompt = new short[800];
        Arrays.fill(prompt, (short) 3);
        List<Prompt> prompts = List.of(new Prompt(spans.get(0).start(), prompt), new Prompt(spans.get(1).end(), prompt));

        engine.convert(pcap, dir.resolve("plain.wav"), stereo.withSpans(spans));
        engine.convert(pcap, dir.resolve("prompted.wav"), stereo.withSpans(spans).withPrompts(prompts));
        WavFile plain = WavFile.read(dir.resolve("plain.wav"));
        WavFile prompted = WavFile.read(dir.resolve("prompted.wav"));

        assertThat(prompted.channel(0)).hasSize(16000);
        for (int c = 0; c < 2; c++) {
            short[] a = plain.channel(c);
            short[] b = prompted.channel(c);
            for (int i = 0; i < a.length; i++) {
                boolean inPrompt = i < 800 || i >= 16000 - 800;
                assertThat(b[i] - a[i]).as("channel %d frame %d", c, i).isEqualTo(inPrompt ? 3 : 0);
            }
        }
    }

    @Test
    void noSpansGiveAnEmptyRecording() throws Exception {
        ConversionResult r = engine.convert(capture(), dir.resolve("none.wav"),
                ConversionOptions.defaults().withSpans(List.of()));
        assertThat(r.durationMillis()).isZero();
        assertThat(WavFile.read(dir.resolve("none.wav")).channel(0)).isEmpty();
    }

    /** 16 kHz output: spans cut at 16 kHz frames, the 8 kHz prompt is up-sampled to the same tone. */
    @Test
    void wideband16KilohertzOutputCutsSpansAndResamplesThePrompt() throws Exception {
        long origin = 1_700_000_000_000_000_000L;
        int rate = 16000;
        List<TimeSpan> spans = List.of(new TimeSpan(at(origin, 1600, rate), at(origin, 3200, rate)),
                new TimeSpan(at(origin, 6400, rate), at(origin, 8000, rate)));
        short[] tone = new short[1600];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * 500 * i / 8000.0));
        }
        List<short[]> written = new ArrayList<>();
        SampleSink collect = (s, off, n) -> written.add(Arrays.copyOfRange(s, off, off + n));
        SpanCut cut = new SpanCut(collect, 1, rate, origin, new CutMap(spans, rate, origin, 16000),
                List.of(new Prompt(spans.get(1).start(), tone)));
        short[] ramp = new short[4096];
        for (int start = 0; start < 16000; start += ramp.length) {
            int n = Math.min(ramp.length, 16000 - start);
            for (int i = 0; i < n; i++) {
                ramp[i] = (short) ((start + i) % 10000);
            }
            cut.write(ramp, 0, n);
        }
        short[] out = concat(written);
        assertThat(cut.outputFrames()).isEqualTo(3200);
        assertThat(out).hasSize(3200);
        for (int i = 0; i < 1600; i++) {
            assertThat(out[i]).isEqualTo((short) (1600 + i));
        }
        double error = 0;
        double signal = 0;
        for (int i = 0; i < 1600; i++) {
            double expected = 8000 * Math.sin(2 * Math.PI * 500 * i / 16000.0);
            double got = out[1600 + i] - (6400 + i) % 10000;
            error += (got - expected) * (got - expected);
            signal += expected * expected;
        }
        double snr = 10 * Math.log10(signal / error);
        assertThat(snr).as("prompt SNR after 8 -> 16 kHz").isGreaterThan(30);
    }

    /** Overlapping spans merge, spans beyond the mix are clipped, a prompt between spans ends with the one before. */
    @Test
    void overlappingSpansMergeAndPromptsBetweenSpansEndWithThePreviousOne() throws Exception {
        long origin = 1_700_000_000_000_000_000L;
        List<TimeSpan> spans = List.of(new TimeSpan(at(origin, 100, RATE), at(origin, 300, RATE)),
                new TimeSpan(at(origin, 200, RATE), at(origin, 400, RATE)),
                new TimeSpan(at(origin, 900, RATE), at(origin, 5000, RATE)));
        short[] prompt = {1, 2, 3, 4};
        List<short[]> written = new ArrayList<>();
        SampleSink collect = (s, off, n) -> written.add(Arrays.copyOfRange(s, off, off + n));
        SpanCut cut = new SpanCut(collect, 2, RATE, origin, new CutMap(spans, RATE, origin, 1000),
                List.of(new Prompt(at(origin, 600, RATE), prompt)));
        short[] frames = new short[2 * 1000];
        cut.write(frames, 0, frames.length);

        short[] out = concat(written);
        assertThat(cut.outputFrames()).isEqualTo(300 + 100);
        assertThat(out).hasSize(2 * 400);
        for (int f = 0; f < 400; f++) {
            int expected = f >= 296 && f < 300 ? prompt[f - 296] : 0;
            assertThat(out[2 * f]).as("left %d", f).isEqualTo((short) expected);
            assertThat(out[2 * f + 1]).as("right %d", f).isEqualTo((short) expected);
        }
    }

    private static short[] concat(List<short[]> parts) {
        short[] all = new short[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void statisticsOfACutRecordingReportDtmfAndDurationOnTheRecordingsTimeline() throws Exception {
        Path pcap = dir.resolve("digits.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new io.callrec.media.testkit.OnDemandCall(1_764_000_000_000_000_000L, 4000)
                    .rfc4733(500, 1, true).rfc4733(1500, 2, true).rfc4733(2500, 3, true).rfc4733(3500, 4, false)
                    .dtmfRelay(2600, '7', true).dtmfRelay(3600, '8', true).record(3000, true)
                    .write(out);
        }
        ConversionResult whole = engine.analyse(pcap);
        long o = whole.originEpochNanos();
        List<TimeSpan> spans = List.of(new TimeSpan(at(o, 8 * 1000, RATE), at(o, 8 * 2000, RATE)),
                new TimeSpan(at(o, 8 * 3000, RATE), at(o, 8 * 4000, RATE)));

        ConversionResult cut = engine.convert(pcap, dir.resolve("digits.wav"), ConversionOptions.defaults().withSpans(spans));

        assertThat(whole.legs().stream().map(LegStatistics::digits).reduce("", String::concat)).isEqualTo("1234");
        assertThat(cut.durationMillis()).isEqualTo(2000);
        assertThat(cut.legs()).allSatisfy(l -> assertThat(l.durationMillis()).isEqualTo(2000));
        List<DtmfEvent> kept = new ArrayList<>();
        cut.legs().forEach(l -> kept.addAll(l.dtmf()));
        java.util.Map<String, Long> inWhole = new java.util.HashMap<>();
        whole.legs().forEach(l -> l.dtmf().forEach(d -> inWhole.put(d.digit(), d.startMillis())));
        assertThat(inWhole.get("2")).isBetween(1495L, 1505L);
        assertThat(kept).extracting(DtmfEvent::digit, DtmfEvent::startMillis)
                .as("1 and 3 were pressed while recording was stopped; 2 and 4 sit where the recording has them")
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2", inWhole.get("2") - 1000),
                        org.assertj.core.groups.Tuple.tuple("4", inWhole.get("4") - 2000));
        assertThat(cut.calls()).singleElement().satisfies(c -> assertThat(c.infoEvents())
                .extracting(e -> e.value()).as("the relayed 7 came while stopped; Record requests stay")
                .containsExactly("on", "8"));
        assertThat(whole.calls().get(0).infoEvents()).extracting(e -> e.value()).containsExactly("7", "on", "8");
        assertThat(cut.legs().stream().mapToLong(LegStatistics::packets).sum())
                .as("transport counters cover the whole capture").isEqualTo(
                        whole.legs().stream().mapToLong(LegStatistics::packets).sum());
    }
}
