package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.Signals;
import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.IpPacketBuilder;
import io.callrec.media.testkit.PcapWriter;
import io.callrec.media.testkit.PcapngWriter;
import io.callrec.media.testkit.RtpPacketBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same two-leg call carried over IPv6, fragmented IPv4 and the newer link layers converts to
 * exactly the audio of the plain Ethernet/IPv4 reference.
 */
class CaptureLayersConversionTest {

    private static final byte[] V6_A = IpPacketBuilder.address("2001:db8::a");
    private static final byte[] V6_B = IpPacketBuilder.address("2001:db8::b");
    private static final int V4_A = FrameBuilder.ip("10.0.0.1");
    private static final int V4_B = FrameBuilder.ip("10.0.0.2");

    @TempDir
    Path dir;

    /** Receives each IP packet of the call with its capture time. */
    private interface PacketSink {
        void packet(long nanos, byte[] ip, int length) throws IOException;
    }

    /** Eight packets per leg: leg A PCMU from port 20000, leg B PCMA from port 30000, 2.5 ms apart. */
    private static void call(boolean v6, boolean fragmented, PacketSink sink) throws IOException {
        byte[] rtp = new byte[200];
        byte[] udp = new byte[300];
        byte[] ip = new byte[400];
        for (int k = 0; k < 8; k++) {
            for (int leg = 0; leg < 2; leg++) {
                boolean a = leg == 0;
                byte[] payload = a ? Signals.ulawPacket(Signals.level(k)) : Signals.alawPacket(Signals.level(k + 8));
                int r = RtpPacketBuilder.build(a ? 0 : 8, false, k, 160L * k, a ? 1 : 2, payload, 0, 160, rtp);
                int u = IpPacketBuilder.udp(a ? 20000 : 30000, a ? 30000 : 20000, rtp, 0, r, udp, 0);
                long t = CaptureFixture.EPOCH_NANOS + (a ? 0 : 2_500_000L) + k * 20_000_000L;
                if (v6) {
                    sink.packet(t, ip, IpPacketBuilder.ipv6(a ? V6_A : V6_B, a ? V6_B : V6_A,
                            new int[] {IpPacketBuilder.HOP_BY_HOP}, IpPacketBuilder.UDP, udp, 0, u, ip, 0));
                } else if (fragmented) {
                    // Second half first: reassembly must not depend on arrival order.
                    sink.packet(t, ip, IpPacketBuilder.ipv4(a ? V4_A : V4_B, a ? V4_B : V4_A, IpPacketBuilder.UDP, k * 2 + leg,
                            96, false, udp, 96, u - 96, ip, 0));
                    sink.packet(t, ip, IpPacketBuilder.ipv4(a ? V4_A : V4_B, a ? V4_B : V4_A, IpPacketBuilder.UDP, k * 2 + leg,
                            0, true, udp, 0, 96, ip, 0));
                } else {
                    sink.packet(t, ip, IpPacketBuilder.ipv4(a ? V4_A : V4_B, a ? V4_B : V4_A, IpPacketBuilder.UDP, 0, 0,
                            false, udp, 0, u, ip, 0));
                }
            }
        }
    }

    private Path pcap(String name, FrameBuilder link, boolean v6, boolean fragmented) throws IOException {
        Path p = dir.resolve(name + ".pcap");
        byte[] frame = new byte[600];
        try (OutputStream out = Files.newOutputStream(p); PcapWriter w = new PcapWriter(out, link.linkType(), true, false)) {
            call(v6, fragmented, (t, ip, n) -> w.write(t, frame, 0, link.wrap(ip, 0, n, frame)));
        }
        return p;
    }

    private ConversionResult convert(Path capture) throws MediaException {
        return new MediaEngine().convert(capture, dir.resolve(capture.getFileName() + ".wav"),
                new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
    }

    private short[] samples(Path capture) throws Exception {
        convert(capture);
        return WavFile.read(dir.resolve(capture.getFileName() + ".wav")).samples();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ipv6-ethernet-vlan,1,1,false,true,false", "ipv6-raw,229,0,false,true,false",
        "pppoe-sll2-vlan,276,1,true,false,false", "ipv6-pppoe,1,0,true,true,false", "null-loopback,0,0,false,false,false",
        "loop-ipv6,108,0,false,true,false", "fragmented-ipv4,1,0,false,false,true", "fragmented-ipv4-sll,113,2,false,false,true"})
    void callOverEachLayerMatchesTheEthernetIpv4Reference(String name, int linkType, int tags, boolean pppoe, boolean v6,
                                                          boolean fragmented) throws Exception {
        short[] reference = samples(pcap("reference", new FrameBuilder(FrameBuilder.ETHERNET, 0), false, false));
        assertThat(reference).hasSize(2 * (20 + 8 * 160));
        FrameBuilder link = new FrameBuilder(linkType, tags);
        if (pppoe) {
            link.pppoe();
        }
        assertThat(samples(pcap(name, link, v6, fragmented))).isEqualTo(reference);
    }

    @Test
    void ipv6LegsAreReportedWithBracketedAddresses() throws Exception {
        ConversionResult r = convert(pcap("ipv6", new FrameBuilder(FrameBuilder.ETHERNET, 0), true, false));
        assertThat(r.legs()).extracting(LegStatistics::source).containsExactly("[2001:db8::a]:20000", "[2001:db8::b]:30000");
        assertThat(r.toJson()).contains("\"destination\":\"[2001:db8::b]:30000\"");
    }

    @Test
    void pcapngWithTwoSectionsAndMixedInterfacesMatchesTheReference() throws Exception {
        short[] reference = samples(pcap("reference", new FrameBuilder(FrameBuilder.ETHERNET, 0), false, false));
        Path p = dir.resolve("mixed.pcapng");
        byte[] frame = new byte[600];
        FrameBuilder sll2 = new FrameBuilder(FrameBuilder.LINUX_SLL2, 0);
        FrameBuilder ethernet = new FrameBuilder(FrameBuilder.ETHERNET, 2);
        int[] count = {0};
        try (OutputStream out = Files.newOutputStream(p); PcapngWriter w = new PcapngWriter(out, ByteOrder.BIG_ENDIAN)) {
            // Interface 0: SLL2 in 2^-30 s units; interface 1: QinQ Ethernet in ns.
            w.interfaceDescription(FrameBuilder.LINUX_SLL2, 0x80 | 30, 0).interfaceDescription(FrameBuilder.ETHERNET, 9, 0);
            call(false, false, (t, ip, n) -> {
                if (count[0]++ == 8) {
                    w.section(ByteOrder.LITTLE_ENDIAN).interfaceDescription(FrameBuilder.ETHERNET, 9, 0)
                            .interfaceDescription(FrameBuilder.LINUX_SLL2, 0x80 | 30, 0);
                }
                boolean second = count[0] > 8;
                boolean useSll2 = (count[0] % 2 == 0) != second;
                long raw = useSll2 ? ((t / 1_000_000_000L) << 30) + ((t % 1_000_000_000L) << 30) / 1_000_000_000L : t;
                int iface = second ? (useSll2 ? 1 : 0) : (useSll2 ? 0 : 1);
                w.enhancedPacket(iface, raw, frame, 0, (useSll2 ? sll2 : ethernet).wrap(ip, 0, n, frame));
            });
        }
        assertThat(samples(p)).isEqualTo(reference);
    }
}
