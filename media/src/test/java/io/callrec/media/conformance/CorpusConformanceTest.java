package io.callrec.media.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.DtmfEvent;
import io.callrec.media.engine.LegStatistics;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.MediaException;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.testing.WavFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every classic-pcap G.711 capture of the corpus (folder from system property
 * {@code callrec.corpus.dir}, described by its MANIFEST.md) must convert to a WAV whose length is
 * the RTP media span of the capture within one packet time.
 *
 * <p>Expected spans were computed with TShark 4.0 outside this code base: for every PT 0/8 stream
 * ({@code tshark -o rtp.heuristic_rtp:TRUE -Y "rtp.p_type==0||rtp.p_type==8" -T fields
 * -e frame.time_epoch -e ip.src -e udp.srcport -e ip.dst -e udp.dstport -e rtp.ssrc -e rtp.timestamp
 * -e udp.length}), end = first capture time + (last timestamp - first timestamp + samples of the last
 * packet) / 8000; span = latest end - earliest first capture time. Legs and lost counts are the
 * directions and the "Lost" column of {@code -z rtp,streams}.
 */
class CorpusConformanceTest {

    /** Expected span (ms), tolerance = packet time (ms), UDP directions carrying G.711, lost packets. */
    record Expectation(long spanMillis, int packetMillis, int legs, long lost) {
    }

    private static final Map<String, Expectation> G711 = Map.ofEntries(
            Map.entry("g711a-110s-asterisk.pcap", new Expectation(110_700, 20, 1, 0)),
            Map.entry("g711a-30ms-sipp.pcap", new Expectation(7_080, 30, 1, 0)),
            Map.entry("g711a-40ms-ptime-sll-asterisk.pcap", new Expectation(33_040, 40, 1, 0)),
            Map.entry("g711a-bidir-nosip-pcap2wav.pcap", new Expectation(8_102, 20, 2, 0)),
            // TShark's span here is 36 925 ms because, after the SDP switch to T.38, it labels the
            // last 27 packets of 10.35.60.100:15580 as T.38. Their bytes are RTP v2, PT 8, same SSRC
            // 0x0EAF0EAF, seq 1844-1870 (checked with -e udp.payload), so without SIP they are audio:
            // (65.248355 s - 27.803285 s) + 20 ms = 37 465 ms. Lost 1712 is TShark's figure for the
            // sequence jump 3 -> 1838 (with a 36.7 s timestamp jump, i.e. real silence).
            Map.entry("g711a-cn13-sip-t38-fax-ndpi.pcap", new Expectation(37_465, 20, 2, 1712)),
            Map.entry("g711a-sip-bidir-30ms-dtmf-pt96.pcap", new Expectation(20_030, 30, 2, 2)),
            Map.entry("g711a-sip-tcp-bidir-dtmf-pt98-lundgrel.pcap", new Expectation(19_500, 20, 2, 0)),
            Map.entry("g711a-ssrc-change-multistream-lundgrel.pcap", new Expectation(53_284, 20, 9, 0)),
            Map.entry("g711a-ssrc-interleave-lundgrel.pcap", new Expectation(33_440, 20, 1, 1)),
            Map.entry("g711u-dtmf2833-sll-asterisk.pcap", new Expectation(19_480, 20, 1, 0)),
            Map.entry("g711u-milliwatt-tone-freeswitch.pcap", new Expectation(4_660, 20, 1, 0)),
            Map.entry("g711u-sip-bidir-call-magicjack.pcap", new Expectation(12_840, 20, 2, 0)),
            // Two SIP calls in turn: only the first (Call-ID 1-1966@10.0.2.20, PCMU, 425 packets from
            // 10.0.2.15:27942) is converted; TShark's span of that stream is 8 480 ms + 20 ms.
            Map.entry("g711u-then-g711a-sip-wireshark.pcap", new Expectation(8_500, 20, 1, 0)));

    @TempDir
    Path dir;

    private static Path corpus() {
        String configured = System.getProperty("callrec.corpus.dir", "");
        Path folder = configured.isEmpty() ? null : Path.of(configured);
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder),
                "corpus folder " + configured + " not found; conformance suite skipped");
        return folder;
    }

    private static List<Path> files(Path folder, String glob) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted().toList();
        }
    }

    @Test
    void manifestDescribesEveryFileWithAnExpectation() throws IOException {
        String manifest = Files.readString(corpus().resolve("MANIFEST.md"));
        assertThat(G711.keySet()).allSatisfy(name -> assertThat(manifest).contains("| " + name + " |"));
    }

    @TestFactory
    Stream<DynamicTest> everyG711CaptureConvertsToItsMediaSpan() throws IOException {
        Path folder = corpus();
        List<Path> captures = files(folder, "g711*.pcap");
        assertThat(captures).as("G.711 captures in %s", folder).isNotEmpty();
        return captures.stream().map(capture -> DynamicTest.dynamicTest(capture.getFileName().toString(), () -> {
            Expectation e = G711.get(capture.getFileName().toString());
            assertThat(e).as("expectation for %s (new corpus file? add it from tshark)", capture).isNotNull();
            Path out = dir.resolve(capture.getFileName() + ".wav");
            ConversionResult r = new MediaEngine().convert(capture, out, ConversionOptions.defaults());
            WavFile wav = WavFile.read(out);
            long wavMillis = wav.dataSize() / 2 * 1000 / 8000;
            assertThat(wavMillis).isCloseTo(e.spanMillis(), within((long) e.packetMillis()));
            assertThat(r.durationMillis()).isEqualTo(wavMillis);
            assertThat(r.legs()).hasSize(e.legs());
            assertThat(r.totalLost()).isEqualTo(e.lost());
            assertThat(r.legs()).allSatisfy(leg -> assertThat(leg.codecs()).containsAnyOf("PCMU", "PCMA"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> stereoOfEveryTwoWayCallHasBothSidesAudible() throws IOException {
        Path folder = corpus();
        return Stream.of("g711u-sip-bidir-call-magicjack.pcap", "g711a-sip-bidir-30ms-dtmf-pt96.pcap",
                "g711a-bidir-nosip-pcap2wav.pcap").map(folder::resolve).filter(Files::exists)
                .map(capture -> DynamicTest.dynamicTest(capture.getFileName().toString(), () -> {
                    Path out = dir.resolve("stereo.wav");
                    new MediaEngine().convert(capture, out, new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
                    WavFile wav = WavFile.read(out);
                    assertThat(wav.channels()).isEqualTo(2);
                    assertThat(rms(wav.channel(0))).isGreaterThan(30);
                    assertThat(rms(wav.channel(1))).isGreaterThan(30);
                }));
    }

    /**
     * For every G.711 capture with one or two legs (mono / stereo, one leg per channel), each RTP
     * stream's payloads, decoded by {@link ReferenceG711} and placed by timestamp relative to the
     * stream's first timestamp, appear sample-exact in the output at one offset per stream. Where
     * no packet of the stream lies, the fill is bounded: no louder than the packet before it or the
     * loudest signalled comfort noise, silent beyond 60 ms into a loss without CN, and silent for
     * a timestamp jump without loss or CN. (The nine-leg capture is mixed mono and is left to the
     * span test.)
     */
    @TestFactory
    Stream<DynamicTest> g711OutputIsSampleExactWithAStraightTableDecode() throws IOException {
        Path folder = corpus();
        return files(folder, "g711*.pcap").stream().filter(c -> G711.containsKey(c.getFileName().toString())
                        && G711.get(c.getFileName().toString()).legs() <= 2)
                .map(capture -> DynamicTest.dynamicTest(capture.getFileName().toString(), () -> {
                    Expectation e = G711.get(capture.getFileName().toString());
                    Path out = dir.resolve(capture.getFileName() + ".exact.wav");
                    ConversionResult r = new MediaEngine().convert(capture, out, new ConversionOptions(OutputFormat.WAV,
                            e.legs() == 2 ? Channels.STEREO : Channels.MONO));
                    // With SIP only the selected call is converted: its streams are the legs' SSRCs.
                    java.util.Set<String> converted = new java.util.HashSet<>();
                    r.legs().forEach(leg -> converted.addAll(leg.ssrcs()));
                    WavFile wav = WavFile.read(out);
                    short[][] channels = new short[wav.channels()][];
                    for (int c = 0; c < channels.length; c++) {
                        channels[c] = wav.channel(c);
                    }
                    Map<String, Integer> cn = new java.util.HashMap<>();
                    Map<String, ReferenceG711.Stream> streams = ReferenceG711.read(capture, cn);
                    Map<String, Long> perDirection = new java.util.HashMap<>();
                    streams.values().forEach(st -> perDirection.merge(st.direction, 1L, Long::sum));
                    long checked = 0;
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (ReferenceG711.Stream st : streams.values()) {
                        if (st.packets.size() < RtpStreamDetectorRun.MIN_PACKETS
                                || !converted.contains(String.format("0x%08X", st.ssrc))) {
                            continue;
                        }
                        seen.add(String.format("0x%08X", st.ssrc));
                        long[] at = locate(st, channels);
                        assertThat(at).as("%s: stream %s found in the output", capture.getFileName(), st.ssrc).isNotNull();
                        short[] ch = channels[(int) at[0]];
                        for (ReferenceG711.Packet p : st.packets) {
                            assertThat(matches(ch, at[1] + p.position(), p.samples()))
                                    .as("%s: packet seq %d of SSRC %08X sample-exact at %d", capture.getFileName(),
                                            p.sequence(), st.ssrc, at[1] + p.position()).isTrue();
                            checked++;
                        }
                        if (perDirection.get(st.direction) == 1) {
                            assertGapsBounded(capture, st, ch, at[1], cn.get(st.direction));
                        }
                    }
                    assertThat(checked).isPositive();
                    assertThat(seen).as("every converted stream checked").containsAll(converted);
                }));
    }

    /** Streams the engine accepts have at least this many packets (RtpStreamDetector.REQUIRED_RUN). */
    private static final class RtpStreamDetectorRun {
        static final int MIN_PACKETS = io.callrec.media.rtp.RtpStreamDetector.REQUIRED_RUN;
    }

    /** {channel, offset} where the stream's loudest early packet decodes exactly, or null. */
    private static long[] locate(ReferenceG711.Stream st, short[][] channels) {
        ReferenceG711.Packet probe = st.packets.get(0);
        double best = -1;
        for (ReferenceG711.Packet p : st.packets.subList(0, Math.min(100, st.packets.size()))) {
            double energy = 0;
            short min = Short.MAX_VALUE;
            short max = Short.MIN_VALUE;
            for (short v : p.samples()) {
                energy += (double) v * v;
                min = (short) Math.min(min, v);
                max = (short) Math.max(max, v);
            }
            if (max != min && energy > best) {
                best = energy;
                probe = p;
            }
        }
        for (int c = 0; c < channels.length; c++) {
            short[] ch = channels[c];
            for (long o = -probe.position(); o + probe.position() + probe.samples().length <= ch.length; o++) {
                if (matches(ch, o + probe.position(), probe.samples()) && matchesAll(ch, o, st)) {
                    return new long[] {c, o};
                }
            }
        }
        return null;
    }

    /** A periodic signal (the milliwatt tone) matches one packet at many offsets; all packets only at one. */
    private static boolean matchesAll(short[] ch, long offset, ReferenceG711.Stream st) {
        return st.packets.stream().allMatch(p -> matches(ch, offset + p.position(), p.samples()));
    }

    private static boolean matches(short[] ch, long at, short[] samples) {
        if (at < 0 || at + samples.length > ch.length) {
            return false;
        }
        for (int i = 0; i < samples.length; i++) {
            if (ch[(int) at + i] != samples[i]) {
                return false;
            }
        }
        return true;
    }

    private static void assertGapsBounded(Path capture, ReferenceG711.Stream st, short[] ch, long offset, Integer cnLevel) {
        List<ReferenceG711.Packet> sorted = new java.util.ArrayList<>(st.packets);
        sorted.sort(java.util.Comparator.comparingLong(ReferenceG711.Packet::position));
        int cnPeak = cnLevel == null ? 0 : (int) Math.ceil(32767 * Math.pow(10, -cnLevel / 20.0) * Math.sqrt(3));
        for (int i = 1; i < sorted.size(); i++) {
            ReferenceG711.Packet prev = sorted.get(i - 1);
            ReferenceG711.Packet next = sorted.get(i);
            long from = prev.position() + prev.samples().length;
            long to = Math.min(next.position(), from + 8000);
            if (to <= from) {
                continue;
            }
            int bound = cnPeak;
            for (short v : prev.samples()) {
                bound = Math.max(bound, Math.abs(v));
            }
            boolean loss = ((next.sequence() - prev.sequence()) & 0xFFFF) > 1;
            long silentFrom = cnPeak > 0 ? Long.MAX_VALUE : loss ? from + 480 : from;
            for (long p = from; p < to; p++) {
                int v = ch[(int) (offset + p)];
                assertThat(Math.abs(v)).as("%s: gap sample %d after seq %d", capture.getFileName(), p, prev.sequence())
                        .isLessThanOrEqualTo(p >= silentFrom ? 0 : bound);
            }
        }
    }

    /**
     * The DTMF timelines MANIFEST.md lists, per leg that carries events: RFC 4733 on 8 kHz and
     * 48 kHz (Opus) clocks, with repeated end packets, lost packets and duplicates, and on
     * dynamic types 96/98 recognised by payload shape without SDP. Statistics come from
     * {@link MediaEngine#analyse}, so the Opus capture is checked without an Opus decoder.
     */
    @TestFactory
    Stream<DynamicTest> dtmfTimelinesMatchTheManifest() throws IOException {
        Path folder = corpus();
        Map<String, List<String>> expected = Map.of(
                "g711u-dtmf2833-sll-asterisk.pcap", List.of("2013785496"),
                "dtmf2833-digit1-sipp.pcap", List.of("1"),
                "dtmf2833-only-loss-dups-rtpproxy.pcapng", List.of("123456789*0#5", "54321#"),
                "g711a-sip-bidir-30ms-dtmf-pt96.pcap", List.of("6789123"),
                "g711a-sip-tcp-bidir-dtmf-pt98-lundgrel.pcap", List.of("98765#"),
                "opus-swb-dtmf-sll-asterisk.pcap", List.of("2013785496"));
        return expected.entrySet().stream().filter(en -> Files.exists(folder.resolve(en.getKey())))
                .sorted(Map.Entry.comparingByKey())
                .map(en -> DynamicTest.dynamicTest(en.getKey(), () -> {
                    ConversionResult r = new MediaEngine().analyse(folder.resolve(en.getKey()));
                    List<String> digits = r.legs().stream().map(LegStatistics::digits).filter(d -> !d.isEmpty()).toList();
                    assertThat(digits).containsExactlyElementsOf(en.getValue());
                    assertThat(r.legs()).flatExtracting(LegStatistics::dtmf).allSatisfy(ev -> {
                        assertThat(ev.ended()).isTrue();
                        assertThat(ev.durationMillis()).isBetween(20L, 5000L);
                        assertThat(ev.startMillis()).isBetween(0L, r.durationMillis());
                    });
                }));
    }

    /** The MANIFEST's single digit "1": marker packet, duration steps of 320 up to 2240, end sent 3x. */
    @Test
    void singleDigitHasTheDurationOfItsEndPacket() throws Exception {
        Path capture = corpus().resolve("dtmf2833-digit1-sipp.pcap");
        Assumptions.assumeTrue(Files.exists(capture), "digit-1 capture not in corpus");
        ConversionResult r = new MediaEngine().convert(capture, dir.resolve("d1.wav"), ConversionOptions.defaults());
        assertThat(r.legs().get(0).dtmf()).containsExactly(new DtmfEvent("1", 0, 280, true));
        assertThat(r.legs().get(0).duplicates()).isEqualTo(2);
        assertThat(WavFile.read(dir.resolve("d1.wav")).samples()).hasSize(280 * 8).containsOnly((short) 0);
    }

    /**
     * RFC 3550 A.8 jitter agrees with TShark 4.0's "Max Jitter(ms)" column of
     * {@code tshark -r F -o rtp.heuristic_rtp:TRUE -q -z rtp,streams} (computed outside this code
     * base) for legs without telephone-events, to within rounding.
     */
    @TestFactory
    Stream<DynamicTest> maximumJitterMatchesTshark() throws IOException {
        Path folder = corpus();
        Map<String, Double> expected = Map.of(
                "g711u-sip-bidir-call-magicjack.pcap|192.168.0.10:49154", 12.838,
                "g711u-sip-bidir-call-magicjack.pcap|216.234.64.16:54550", 0.832,
                "g711a-110s-asterisk.pcap|81.23.228.146:52024", 2.675,
                "g711a-30ms-sipp.pcap|10.1.3.143:5000", 0.829,
                "g711a-40ms-ptime-sll-asterisk.pcap|92.63.153.84:12648", 0.191,
                "g711a-bidir-nosip-pcap2wav.pcap|192.168.3.6:4006", 2.618,
                "g711a-bidir-nosip-pcap2wav.pcap|192.168.40.201:23482", 1.307,
                "g711u-milliwatt-tone-freeswitch.pcap|192.168.0.2:26264", 1.312);
        return expected.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(en -> Files.exists(folder.resolve(en.getKey().split("\\|")[0])))
                .map(en -> DynamicTest.dynamicTest(en.getKey(), () -> {
                    String[] key = en.getKey().split("\\|");
                    ConversionResult r = new MediaEngine().analyse(folder.resolve(key[0]));
                    LegStatistics leg = r.legs().stream().filter(l -> l.source().equals(key[1])).findFirst().orElseThrow();
                    assertThat(leg.maxJitterMillis()).isCloseTo(en.getValue(), within(0.006));
                }));
    }

    /** MANIFEST: the FreeSWITCH milliwatt file decodes to a tone of about 1004 Hz, RMS about 7200. */
    @TestFactory
    Stream<DynamicTest> milliwattToneHasTheDocumentedFrequencyAndLevel() throws IOException {
        Path capture = corpus().resolve("g711u-milliwatt-tone-freeswitch.pcap");
        Assumptions.assumeTrue(Files.exists(capture), "milliwatt capture not in corpus");
        return Stream.of(DynamicTest.dynamicTest("milliwatt", () -> {
            Path out = dir.resolve("mw.wav");
            new MediaEngine().convert(capture, out, ConversionOptions.defaults());
            short[] s = WavFile.read(out).samples();
            int crossings = 0;
            for (int i = 1; i < s.length; i++) {
                if ((s[i - 1] < 0) != (s[i] < 0)) {
                    crossings++;
                }
            }
            double hz = crossings / 2.0 / (s.length / 8000.0);
            assertThat(hz).isCloseTo(1004, within(15.0));
            assertThat(rms(s)).isCloseTo(7200, within(400.0));
        }));
    }

    /**
     * PPPoE SIP without RTP has no streams; an Ogg Opus file is not a capture (Opus without SDP is
     * guessed and decoded: {@link WidebandCorpusConformanceTest}).
     * G.729 and G.723.1: {@link CelpCorpusConformanceTest}; G.722 and Opus: {@link WidebandCorpusConformanceTest}.
     */
    @TestFactory
    Stream<DynamicTest> capturesWithoutG711FailWithATypedReason() throws IOException {
        Path folder = corpus();
        Map<String, MediaException.Reason> expected = Map.of(
                "sip-info-dtmf-relay-pppoe-nortp.pcap", MediaException.Reason.NO_RTP_STREAMS,
                "opus-ogg-48k-mono-asterisk.opus", MediaException.Reason.NOT_A_CAPTURE);
        return expected.entrySet().stream().filter(en -> Files.exists(folder.resolve(en.getKey())))
                .sorted(Map.Entry.comparingByKey())
                .map(en -> DynamicTest.dynamicTest(en.getKey(), () -> assertThatThrownBy(() ->
                        new MediaEngine().convert(folder.resolve(en.getKey()), dir.resolve("x.wav"),
                                ConversionOptions.defaults()))
                        .isInstanceOfSatisfying(MediaException.class,
                                ex -> assertThat(ex.reason()).isEqualTo(en.getValue()))));
    }

    private static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / Math.max(1, s.length));
    }
}
