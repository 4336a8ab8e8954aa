package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.IpPacketBuilder;
import io.callrec.media.testkit.PcapngWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: random bytes and thousands of mutated captures (fixed seeds, so failures
 * reproduce). The only acceptable outcomes are a {@link CaptureFormatException} when opening, or a
 * complete read (possibly flagged truncated) with every record accounted for by a counter.
 */
class MalformedInputTest {

    private static final int MUTATIONS = 3000;

    /** Reads everything, TCP included; returns "format error", "truncated" or "ok". */
    private static String outcome(byte[] capture) throws IOException {
        UdpPacketReader r;
        try {
            r = UdpPacketReader.open(new ByteArrayInputStream(capture));
        } catch (CaptureFormatException e) {
            return "format error";
        }
        long[] tcpBytes = {0};
        try (r) {
            r.tcpListener(c -> {
                assertThat(c.length()).isPositive();
                assertThat(c.offset() + c.length()).isLessThanOrEqualTo(c.data().length);
                tcpBytes[0] += c.length();
            });
            UdpDatagram d = new UdpDatagram();
            long datagrams = 0;
            while (r.next(d)) {
                assertThat(d.payloadLength()).isNotNegative();
                assertThat(d.payloadOffset() + d.payloadLength()).isLessThanOrEqualTo(d.data().length);
                datagrams++;
            }
            assertThat(r.next(d)).isFalse();
            CaptureCounters c = r.counters();
            assertThat(c.udpDatagrams()).isEqualTo(datagrams);
            assertThat(c.tcpBytes()).isEqualTo(tcpBytes[0]);
            assertThat(c.asMap().values()).allSatisfy(v -> assertThat(v).isNotNegative());
            return r.truncated() ? "truncated" : "ok";
        }
    }

    /** A pcapng with four interfaces and every layer this package decodes. */
    static byte[] richCapture() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] frame = new byte[70_000];
        byte[] ip = new byte[70_000];
        byte[] l4 = new byte[70_000];
        byte[] payload = new byte[3000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 13);
        }
        FrameBuilder[] links = {new FrameBuilder(FrameBuilder.ETHERNET, 2), new FrameBuilder(FrameBuilder.LINUX_SLL2, 1).pppoe(),
            new FrameBuilder(FrameBuilder.NULL, 0).family(true, 30), new FrameBuilder(FrameBuilder.IPV6, 0)};
        byte[] v6a = IpPacketBuilder.address("2001:db8::1");
        byte[] v6b = IpPacketBuilder.address("2001:db8::2");
        int a = FrameBuilder.ip("10.0.0.1");
        int b = FrameBuilder.ip("10.0.0.2");
        try (PcapngWriter w = new PcapngWriter(bytes, ByteOrder.LITTLE_ENDIAN)) {
            w.interfaceDescription(1, 9, 0).interfaceDescription(276, -1, 0).interfaceDescription(0, 0x80 | 10, 5)
                    .interfaceDescription(229, 6, 0);
            long t = 1_700_000_000_000_000L; // µs; each interface gets it in its own unit
            long[] perMicro = {1000, 1, 0, 1};
            for (int i = 0; i < 8; i++) {
                int iface = i % 4;
                FrameBuilder link = links[iface];
                boolean v6 = iface == 3 || i % 2 == 1;
                int u = IpPacketBuilder.udp(20000 + i, 30000, payload, i, 160, l4, 0);
                int n = v6 ? IpPacketBuilder.ipv6(v6a, v6b, new int[] {IpPacketBuilder.HOP_BY_HOP}, IpPacketBuilder.UDP, l4, 0, u, ip, 0)
                        : IpPacketBuilder.ipv4(a, b, IpPacketBuilder.UDP, i, 0, false, l4, 0, u, ip, 0);
                long raw = iface == 2 ? ((t / 1_000_000 - 5) << 10) + i : (t + i) * perMicro[iface];
                w.enhancedPacket(iface, raw, frame, 0, link.wrap(ip, 0, n, frame));
            }
            int u = IpPacketBuilder.udp(5060, 5060, payload, 0, 2500, l4, 0);
            for (int from : new int[] {1480, 0}) {
                int n = IpPacketBuilder.ipv4(a, b, IpPacketBuilder.UDP, 99, from, from == 0, l4, from,
                        from == 0 ? 1480 : u - 1480, ip, 0);
                w.enhancedPacket(0, (t + 20) * 1000, frame, 0, links[0].wrap(ip, 0, n, frame));
                n = IpPacketBuilder.ipv6Fragment(v6a, v6b, new int[] {IpPacketBuilder.ROUTING}, IpPacketBuilder.UDP, 7, from,
                        from == 0, l4, from, from == 0 ? 1480 : u - 1480, ip, 0);
                w.enhancedPacket(3, t + 21, frame, 0, links[3].wrap(ip, 0, n, frame));
            }
            int[][] segments = {{-1, 0}, {400, 900}, {0, 400}, {0, 400}, {1200, 1500}};
            for (int[] s : segments) {
                int tl = s[0] < 0 ? IpPacketBuilder.tcp(5060, 40000, 1000, IpPacketBuilder.TCP_SYN, payload, 0, 0, l4, 0)
                        : IpPacketBuilder.tcp(5060, 40000, 1001 + s[0], IpPacketBuilder.TCP_PSH_ACK, payload, s[0], s[1] - s[0], l4, 0);
                int n = IpPacketBuilder.ipv4(b, a, IpPacketBuilder.TCP, 0, 0, false, l4, 0, tl, ip, 0);
                w.enhancedPacket(1, t + 30, frame, 0, links[1].wrap(ip, 0, n, frame));
            }
            w.simplePacket(frame, 0, 60, 60).unknownBlock(0x0BAD, 40);
            w.section(ByteOrder.BIG_ENDIAN).interfaceDescription(113, 6, 0);
            u = IpPacketBuilder.udp(5060, 5060, payload, 0, 2500, l4, 0);
            int n = IpPacketBuilder.ipv4(a, b, IpPacketBuilder.UDP, 1, 0, false, l4, 0, u, ip, 0);
            w.enhancedPacket(0, t + 40, frame, 0, new FrameBuilder(FrameBuilder.LINUX_SLL, 0).wrap(ip, 0, n, frame));
        }
        return bytes.toByteArray();
    }

    @Test
    void richFixtureReadsCompletelyAsAReference() throws IOException {
        byte[] file = richCapture();
        assertThat(outcome(file)).isEqualTo("ok");
        CaptureRun run = CaptureRun.read(file);
        assertThat(run.udp).hasSize(8 + 2 + 1);
        assertThat(run.udp).allSatisfy(d -> assertThat(d.timestampNanos() / 1_000_000_000L).isEqualTo(1_700_000_000L));
        assertThat(run.counters.reassembled()).isEqualTo(2);
        assertThat(run.tcp).isNotEmpty();
        assertThat(run.counters.tcpGaps()).isEqualTo(1);
    }

    @Test
    void mutatedCapturesOnlyEverYieldTypedOutcomes() throws IOException {
        byte[] reference = richCapture();
        Random random = new Random(20_261_126L);
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutated = mutate(reference, random);
            try {
                outcomes.merge(outcome(mutated), 1, Integer::sum);
            } catch (RuntimeException | AssertionError e) {
                fail("mutation " + i + " (seed 20261126) escaped: " + e, e);
            }
        }
        // Both the clean and the partial path were exercised, not just early rejections.
        assertThat(outcomes).containsKeys("ok", "truncated");
    }

    @Test
    void randomBytesBehindEachMagicOnlyEverYieldTypedOutcomes() throws IOException {
        Random random = new Random(42L);
        byte[][] magics = {{(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1}, {(byte) 0xA1, (byte) 0xB2, 0x3C, 0x4D},
            {0x0A, 0x0D, 0x0D, 0x0A}, {}};
        for (int i = 0; i < 2000; i++) {
            byte[] magic = magics[i % magics.length];
            byte[] file = new byte[random.nextInt(4096)];
            random.nextBytes(file);
            System.arraycopy(magic, 0, file, 0, Math.min(magic.length, file.length));
            try {
                outcome(file);
            } catch (RuntimeException | AssertionError e) {
                fail("random input " + i + " (seed 42) escaped: " + e, e);
            }
        }
    }

    @Test
    void mutatedCorpusCapturesOnlyEverYieldTypedOutcomes() throws IOException {
        String configured = System.getProperty("callrec.corpus.dir", "");
        Path folder = configured.isEmpty() ? null : Path.of(configured);
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder), "corpus folder not found; skipped");
        String[] names = {"sip-info-dtmf-relay-pppoe-nortp.pcap", "g711a-sip-tcp-bidir-dtmf-pt98-lundgrel.pcap",
            "dtmf2833-only-loss-dups-rtpproxy.pcapng", "g722-siprec-dual-stream-sip-miarec.pcap", "g711u-dtmf2833-sll-asterisk.pcap"};
        Random random = new Random(7L);
        for (String name : names) {
            Path file = folder.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            byte[] head = Arrays.copyOf(Files.readAllBytes(file), (int) Math.min(Files.size(file), 40_000));
            for (int i = 0; i < 300; i++) {
                try {
                    outcome(mutate(head, random));
                } catch (RuntimeException | AssertionError e) {
                    fail(name + " mutation " + i + " (seed 7) escaped: " + e, e);
                }
            }
        }
    }

    /** Bit flips, absurd length-like values, or a cut; the file magic is usually left alone. */
    private static byte[] mutate(byte[] reference, Random random) {
        byte[] m = reference.clone();
        int kind = random.nextInt(4);
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = 4 + random.nextInt(m.length - 4);
            switch (kind) {
                case 0 -> m[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> m[at] = (byte) (random.nextBoolean() ? 0xFF : 0x00);
                case 2 -> {
                    // A 16-bit field forced to an extreme: lengths, offsets, header sizes.
                    int v = random.nextBoolean() ? 0xFFFF : random.nextInt(0x10000);
                    m[at] = (byte) (v >>> 8);
                    if (at + 1 < m.length) {
                        m[at + 1] = (byte) v;
                    }
                }
                default -> m[at] = (byte) random.nextInt(256);
            }
        }
        if (random.nextInt(5) == 0) {
            return Arrays.copyOf(m, random.nextInt(m.length));
        }
        return m;
    }
}
