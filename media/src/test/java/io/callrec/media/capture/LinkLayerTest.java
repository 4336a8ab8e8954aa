package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.IpPacketBuilder;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkLayerTest {

    private static final byte[] V6_SRC = IpPacketBuilder.address("2001:db8::1");
    private static final byte[] V6_DST = IpPacketBuilder.address("2001:db8:0:1::2");
    private static final byte[] PAYLOAD = CaptureRun.text("rtp-ish payload");

    /** One IPv4 or IPv6 UDP packet behind the described link layer, read back through the reader. */
    private static CaptureRun oneDatagram(FrameBuilder link, boolean v6) throws IOException {
        byte[] udp = new byte[100];
        byte[] ip = new byte[200];
        byte[] frame = new byte[300];
        int u = IpPacketBuilder.udp(4000, 65535, PAYLOAD, 0, PAYLOAD.length, udp, 0);
        int n = v6 ? IpPacketBuilder.ipv6(V6_SRC, V6_DST, new int[0], IpPacketBuilder.UDP, udp, 0, u, ip, 0)
                : IpPacketBuilder.ipv4(FrameBuilder.ip("192.168.1.2"), FrameBuilder.ip("10.9.8.7"), IpPacketBuilder.UDP,
                        7, 0, false, udp, 0, u, ip, 0);
        int f = link.wrap(ip, 0, n, frame);
        return CaptureRun.read(new CaptureRun.Pcap(link.linkType()).frame(frame, f).bytes());
    }

    private static void assertDelivered(CaptureRun run, boolean v6) {
        assertThat(run.udp).hasSize(1);
        CaptureRun.Udp d = run.udp.get(0);
        assertThat(d.source()).isEqualTo(v6 ? "[2001:db8::1]:4000" : "192.168.1.2:4000");
        assertThat(d.destination()).isEqualTo(v6 ? "[2001:db8:0:1::2]:65535" : "10.9.8.7:65535");
        assertThat(d.payload()).isEqualTo(PAYLOAD);
        assertThat(d.ipv6()).isEqualTo(v6);
        assertThat(run.counters.nonIpFrames() + run.counters.malformedPackets() + run.counters.truncatedPackets()).isZero();
    }

    @ParameterizedTest(name = "link {0}, {1} VLAN tags, IPv6 {2}")
    @CsvSource({"1,0,false", "1,1,false", "1,2,false", "1,3,true", "1,0,true", "1,1,true",
        "113,0,false", "113,1,true", "276,0,false", "276,0,true", "276,2,false"})
    void ipIsFoundBehindEthernetAndCookedHeadersWithAnyVlanTags(int linkType, int tags, boolean v6) throws IOException {
        assertDelivered(oneDatagram(new FrameBuilder(linkType, tags), v6), v6);
    }

    @ParameterizedTest(name = "raw link type {0}, IPv6 {1}")
    @CsvSource({"101,false", "101,true", "12,false", "14,true", "228,false", "229,true"})
    void rawIpLinkTypesCarryBothVersions(int linkType, boolean v6) throws IOException {
        assertDelivered(oneDatagram(new FrameBuilder(linkType, 0), v6), v6);
    }

    @ParameterizedTest(name = "link {0}, little-endian family {1}, AF_INET6 {2}, IPv6 {3}")
    @CsvSource({"0,true,30,false", "0,false,30,false", "0,true,24,true", "0,false,28,true", "0,true,10,true",
        "108,false,24,false", "108,true,24,false", "108,false,24,true", "108,true,30,true"})
    void bsdLoopbackFamilyIsReadInEitherByteOrder(int linkType, boolean littleEndian, int inet6, boolean v6)
            throws IOException {
        assertDelivered(oneDatagram(new FrameBuilder(linkType, 0).family(littleEndian, inet6), v6), v6);
    }

    @ParameterizedTest(name = "link {0}, {1} VLAN tags, IPv6 {2}")
    @CsvSource({"1,0,false", "1,0,true", "1,1,false", "1,2,true", "113,0,false", "276,1,true"})
    void pppoeSessionFramesCarryIpv4AndIpv6(int linkType, int tags, boolean v6) throws IOException {
        assertDelivered(oneDatagram(new FrameBuilder(linkType, tags).pppoe(), v6), v6);
    }

    @Test
    void nonIpFramesAndUnknownLinkTypesAreCountedNotDelivered() throws IOException {
        byte[] arp = new byte[42];
        arp[12] = 0x08;
        arp[13] = 0x06;
        byte[] pppLcp = new byte[40];
        pppLcp[12] = (byte) 0x88;
        pppLcp[13] = 0x64;
        pppLcp[14] = 0x11;
        pppLcp[20] = (byte) 0xC0;
        pppLcp[21] = 0x21;
        CaptureRun ethernet = CaptureRun.read(new CaptureRun.Pcap(1).frame(arp, arp.length).frame(pppLcp, pppLcp.length)
                .frame(arp, 13).bytes());
        assertThat(ethernet.udp).isEmpty();
        assertThat(ethernet.counters.nonIpFrames()).isEqualTo(2);
        assertThat(ethernet.counters.truncatedPackets()).isEqualTo(1);
        CaptureRun unknown = CaptureRun.read(new CaptureRun.Pcap(127).frame(arp, arp.length).bytes());
        assertThat(unknown.counters.unsupportedLinkFrames()).isEqualTo(1);
        assertThat(unknown.counters.frames()).isEqualTo(1);
    }

    @Test
    void ethernetPaddingIsIgnoredAndIpLengthBeyondTheCaptureIsTruncation() throws IOException {
        byte[] frame = new byte[200];
        int n = new FrameBuilder(1, 0).udp(FrameBuilder.ip("10.0.0.1"), 5000, FrameBuilder.ip("10.0.0.2"), 6000,
                new byte[2], 0, 2, frame);
        CaptureRun padded = CaptureRun.read(new CaptureRun.Pcap(1).frame(frame, 60).frame(frame, n - 1).bytes());
        assertThat(padded.udp).hasSize(1);
        assertThat(padded.udp.get(0).payload()).hasSize(2);
        assertThat(padded.counters.truncatedPackets()).isEqualTo(1);
    }
}
