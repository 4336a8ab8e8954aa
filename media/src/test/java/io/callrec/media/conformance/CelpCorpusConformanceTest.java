package io.callrec.media.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.capture.Frame;
import io.callrec.media.capture.PcapReader;
import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.PcapWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every G.729 (PT 18) and G.723.1 (PT 4) capture of the corpus converts to a WAV whose length is
 * the RTP media span within one packet time, with the loss TShark reports, and audible audio.
 *
 * <p>Spans were computed outside this code base from {@code tshark -o rtp.heuristic_rtp:TRUE
 * -Y "rtp.p_type==4||rtp.p_type==18" -T fields -e frame.time_epoch -e ip.src -e udp.srcport
 * -e rtp.ssrc -e rtp.timestamp -e udp.length -e rtp.seq}: per run of a stream (a new run where the
 * sequence number goes back by more than 100, as the engine's RFC 3550 A.1 rule), end = first
 * capture time + (last timestamp - first timestamp + samples of the last packet) / 8000, where a
 * G.729 packet gives 80 samples per 10-byte frame and a G.723.1 packet 240 per 24-byte frame;
 * span = latest end - earliest first capture time. Lost counts are the "Lost" column of
 * {@code -z rtp,streams} where it is meaningful (see the comments).
 */
class CelpCorpusConformanceTest {

    /** Expected span (ms), tolerance = packet time (ms), legs, lost packets, codec name. */
    record Expectation(long spanMillis, int packetMillis, int legs, long lost, String codec) {
    }

    private static final Map<String, Expectation> CELP = Map.ofEntries(
            Map.entry("g729-sip-wireshark.pcap", new Expectation(8_500, 20, 1, 0, "G729")),
            Map.entry("g729-24s-rtpproxy.pcap", new Expectation(23_840, 20, 1, 0, "G729")),
            Map.entry("g729-10ms-57pct-loss-rtpproxy.pcap", new Expectation(5_650, 10, 1, 321, "G729")),
            Map.entry("g729-62pct-loss-rtpproxy.pcap", new Expectation(75_740, 20, 1, 2_106, "G729")),
            // TShark's -1 is the duplicated packet; the engine counts it as a duplicate, not as loss.
            Map.entry("g729-duplicate-rtpproxy.pcap", new Expectation(7_660, 20, 1, 0, "G729")),
            // Sequence and timestamp restart twice (TShark's -475 "lost" is that restart): three runs.
            Map.entry("g729-seq-ts-reset-rtpproxy.pcap", new Expectation(50_940, 20, 1, 0, "G729")),
            Map.entry("g723-6k3-dirA-rtpproxy.pcap", new Expectation(11_760, 30, 1, 0, "G723")),
            Map.entry("g723-6k3-dirB-rtpproxy.pcap", new Expectation(11_760, 30, 1, 0, "G723")));

    /** The two directions of the G.723.1 call merged: earliest first packet to latest end (mergecap gives the same). */
    private static final long G723_CALL_SPAN_MILLIS = 11_825;

    /**
     * RMS above which a channel carries audio. The quietest file is G.723.1 direction B, a quiet far
     * end: RMS 73 here and in ffmpeg's decode of the same payloads ({@code tshark ... -e rtp.payload}
     * to a raw file, {@code ffmpeg -f g723_1 -i raw -f s16le}).
     */
    private static final double NOT_SILENT_RMS = 30;

    @TempDir
    Path dir;

    private static Path corpus() {
        String configured = System.getProperty("callrec.corpus.dir", "");
        Path folder = configured.isEmpty() ? null : Path.of(configured);
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder),
                "corpus folder " + configured + " not found; conformance suite skipped");
        return folder;
    }

    @Test
    void manifestDescribesEveryCelpFileWithAnExpectation() throws IOException {
        Path folder = corpus();
        String manifest = Files.readString(folder.resolve("MANIFEST.md"));
        assertThat(CELP.keySet()).allSatisfy(name -> assertThat(manifest).contains("| " + name + " |"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("g729") || n.startsWith("g723")))
                    .as("every G.729 / G.723.1 capture has an expectation").allMatch(CELP::containsKey);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyG729AndG7231CaptureConvertsToItsMediaSpan() {
        Path folder = corpus();
        return CELP.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            Expectation e = CELP.get(name);
            Path out = dir.resolve(name + ".wav");
            ConversionResult r = new MediaEngine().convert(folder.resolve(name), out, ConversionOptions.defaults());
            WavFile wav = WavFile.read(out);
            long wavMillis = wav.dataSize() / 2 * 1000 / wav.sampleRate();
            double rms = rms(wav.channel(0));
            System.out.printf("%s: %d ms (span %d), lost %d, concealed %d ms, RMS %.0f%n", name, wavMillis,
                    e.spanMillis(), r.totalLost(), r.legs().get(0).concealedMillis(), rms);
            assertThat(wav.sampleRate()).isEqualTo(8000);
            assertThat(wavMillis).isCloseTo(e.spanMillis(), within((long) e.packetMillis()));
            assertThat(r.durationMillis()).isEqualTo(wavMillis);
            assertThat(r.legs()).hasSize(e.legs());
            assertThat(r.totalLost()).isEqualTo(e.lost());
            assertThat(r.legs()).allSatisfy(leg -> {
                assertThat(leg.codecs()).containsExactly(e.codec());
                assertThat(leg.unsupported()).isZero();
            });
            assertThat(rms).as("decoded speech is not silent").isGreaterThan(NOT_SILENT_RMS);
        }));
    }

    @Test
    void g7231DirectionsConvertAloneAndMergedIntoOneStereoCall() throws Exception {
        Path folder = corpus();
        Path a = folder.resolve("g723-6k3-dirA-rtpproxy.pcap");
        Path b = folder.resolve("g723-6k3-dirB-rtpproxy.pcap");
        Assumptions.assumeTrue(Files.exists(a) && Files.exists(b), "G.723.1 pair not in the corpus; skipped");
        MediaEngine engine = new MediaEngine();
        ConversionResult alone = engine.convert(a, dir.resolve("a.wav"), ConversionOptions.defaults());
        ConversionResult other = engine.convert(b, dir.resolve("b.wav"), ConversionOptions.defaults());
        assertThat(alone.legs()).singleElement().satisfies(l -> assertThat(l.source()).isEqualTo("192.168.23.52:13366"));
        assertThat(other.legs()).singleElement().satisfies(l -> assertThat(l.source()).isEqualTo("192.168.23.188:16428"));

        Path merged = merge(dir.resolve("call.pcap"), a, b);
        Path out = dir.resolve("call.wav");
        ConversionResult call = engine.convert(merged, out, new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
        WavFile wav = WavFile.read(out);
        assertThat(call.legs()).hasSize(2);
        assertThat(call.legs()).allSatisfy(l -> {
            assertThat(l.codecs()).containsExactly("G723");
            assertThat(l.packets()).isEqualTo(392);
            assertThat(l.lost()).isZero();
        });
        assertThat(wav.channels()).isEqualTo(2);
        assertThat(call.durationMillis()).isCloseTo(G723_CALL_SPAN_MILLIS, within(30L));
        assertThat(rms(wav.channel(0))).isGreaterThan(NOT_SILENT_RMS);
        assertThat(rms(wav.channel(1))).isGreaterThan(NOT_SILENT_RMS);
        // Each direction's audio, decoded alone, is found sample for sample in one channel of the call.
        short[][] channels = {wav.channel(0), wav.channel(1)};
        int[] inA = find(WavFile.read(dir.resolve("a.wav")).channel(0), channels);
        int[] inB = find(WavFile.read(dir.resolve("b.wav")).channel(0), channels);
        assertThat(inA).isNotNull();
        assertThat(inB).isNotNull();
        assertThat(inA[0]).isNotEqualTo(inB[0]);
    }

    /** Both captures' frames in capture-time order, written with the project's pcap writer. */
    private static Path merge(Path target, Path... captures) throws IOException {
        record Record(long nanos, byte[] bytes) {
        }
        List<Record> records = new ArrayList<>();
        int linkType = -1;
        for (Path capture : captures) {
            try (InputStream in = Files.newInputStream(capture); PcapReader reader = new PcapReader(in)) {
                linkType = reader.linkType();
                Frame f = new Frame();
                while (reader.next(f)) {
                    records.add(new Record(f.timestampNanos(), Arrays.copyOf(f.data(), f.length())));
                }
            }
        }
        records.sort(Comparator.comparingLong(Record::nanos));
        try (OutputStream out = Files.newOutputStream(target); PcapWriter w = new PcapWriter(out, linkType, false, true)) {
            for (Record r : records) {
                w.write(r.nanos(), r.bytes(), 0, r.bytes().length);
            }
        }
        return target;
    }

    /** {channel, offset} where {@code part} appears exactly in one of {@code channels}, or null. */
    private static int[] find(short[] part, short[][] channels) {
        for (int c = 0; c < channels.length; c++) {
            for (int offset = 0; offset + part.length <= channels[c].length; offset++) {
                if (Arrays.equals(part, 0, part.length, channels[c], offset, offset + part.length)) {
                    return new int[] {c, offset};
                }
            }
        }
        return null;
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }
}
