package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The capture layer over the real captures of the corpus (system property
 * {@code callrec.corpus.dir}, see its MANIFEST.md; skipped when absent). Expected figures come from
 * capinfos / TShark 4.0, e.g. {@code tshark -r F -Y "frame.number==7" -T fields -e tcp.payload}
 * hashed with sha256sum for the SIP-over-TCP messages.
 */
class CorpusCaptureTest {

    private static Path corpus() {
        String configured = System.getProperty("callrec.corpus.dir", "");
        Path folder = configured.isEmpty() ? null : Path.of(configured);
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder),
                "corpus folder " + configured + " not found; corpus capture tests skipped");
        return folder;
    }

    private static CaptureRun read(String name) throws IOException {
        Path file = corpus().resolve(name);
        Assumptions.assumeTrue(Files.exists(file), name + " not in corpus");
        return CaptureRun.read(Files.readAllBytes(file));
    }

    @Test
    void pppoeSipCaptureDeliversEveryUdpDatagram() throws IOException {
        CaptureRun run = read("sip-info-dtmf-relay-pppoe-nortp.pcap");
        assertThat(run.udp).hasSize(32);
        assertThat(run.udp).allSatisfy(d -> assertThat(d.source().endsWith(":5060") || d.destination().endsWith(":5060")).isTrue());
        long infos = run.udp.stream().filter(d -> new String(d.payload(), StandardCharsets.US_ASCII).startsWith("INFO ")).count();
        assertThat(infos).isEqualTo(4);
        assertThat(run.truncated).isFalse();
    }

    @Test
    void sipOverTcpInviteAndOkArriveIntactInTheirDirectionStreams() throws Exception {
        CaptureRun run = read("g711a-sip-tcp-bidir-dtmf-pt98-lundgrel.pcap");
        byte[] caller = run.stream("10.59.27.11:33745");
        byte[] server = run.stream("217.214.169.162:5060");
        assertThat(sha256(message(caller, "INVITE sip:")))
                .isEqualTo("44b1660a87535f5a1609360e7e49ea0f9f79379aceeae3484343e50beca77e58");
        assertThat(sha256(message(server, "SIP/2.0 200 OK\r\nTo: <sip:79108")))
                .isEqualTo("6754f9e8ef990178d3e6774ccefa933b41d4b86d84a94420ecb61ce0988cb326");
        assertThat(run.counters.tcpGaps()).isZero();
        // The capture starts mid-connection (no SYN), so each direction's first chunk is flagged.
        assertThat(run.tcp.stream().filter(CaptureRun.Chunk::afterGap).count()).isEqualTo(4);
        assertThat(run.counters.tcpSegments()).isEqualTo(10);
    }

    @Test
    void siprecCaptureCountsItsTruncatedFragmentedInviteAsDropped() throws IOException {
        CaptureRun run = read("g722-siprec-dual-stream-sip-miarec.pcap");
        // Three trailing fragments (frames 1, 881, 5061) whose first fragments were never captured.
        assertThat(run.counters.fragments()).isEqualTo(3);
        assertThat(run.counters.reassembled()).isZero();
        assertThat(run.counters.reassemblyDropped()).isEqualTo(3);
        assertThat(run.udp).hasSize(5064 - 3);
    }

    @TestFactory
    Stream<DynamicTest> pcapngCapturesReadCompletely() {
        Path folder = corpus();
        return Stream.of(new Object[] {"dtmf2833-only-loss-dups-rtpproxy.pcapng", 196L},
                new Object[] {"opus-nb-fec-60s-29lost-asterisk.pcapng", 2971L},
                new Object[] {"opus-nb-fec-60s-asterisk.pcapng", 3000L})
                .filter(c -> Files.exists(folder.resolve((String) c[0])))
                .map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
                    CaptureRun run = read((String) c[0]);
                    assertThat(run.truncated).isFalse();
                    assertThat(run.counters.frames()).isEqualTo((Long) c[1]);
                    assertThat(run.udp).isNotEmpty();
                    assertThat(run.udp.get(0).timestampNanos()).isGreaterThan(1_000_000_000L * 1_000_000_000L);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusCaptureReadsWithoutError() throws IOException {
        Path folder = corpus();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CaptureRun run = CaptureRun.read(Files.readAllBytes(f));
            assertThat(run.truncated).isFalse();
            assertThat(run.counters.frames()).isPositive();
            assertThat(run.counters.malformedPackets()).isZero();
            assertThat(run.udp.size()).isPositive();
        }));
    }

    /** The SIP message starting at {@code start}: headers up to the blank line plus Content-Length body bytes. */
    private static byte[] message(byte[] stream, String start) {
        String text = new String(stream, StandardCharsets.ISO_8859_1);
        int from = text.indexOf(start);
        assertThat(from).as("message %s in stream", start).isNotNegative();
        int headerEnd = text.indexOf("\r\n\r\n", from) + 4;
        Matcher m = Pattern.compile("(?i)\r\nContent-Length:\\s*(\\d+)").matcher(text.substring(from, headerEnd));
        assertThat(m.find()).isTrue();
        int end = headerEnd + Integer.parseInt(m.group(1));
        assertThat(end).isLessThanOrEqualTo(stream.length);
        return java.util.Arrays.copyOfRange(stream, from, end);
    }

    private static String sha256(byte[] b) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
