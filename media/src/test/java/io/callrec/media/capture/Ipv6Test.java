package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.IpPacketBuilder;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv6Test {

    private static final byte[] SRC = IpPacketBuilder.address("2001:db8:85a3::8a2e:370:7334");
    private static final byte[] DST = IpPacketBuilder.address("::1");
    private static final byte[] PAYLOAD = CaptureRun.text("0123456789");

    private final byte[] udp = new byte[100];
    private final byte[] ip = new byte[300];
    private final byte[] frame = new byte[400];
    private final FrameBuilder raw = new FrameBuilder(FrameBuilder.IPV6, 0);

    private int packet(int[] extensions) {
        int u = IpPacketBuilder.udp(30000, 40000, PAYLOAD, 0, PAYLOAD.length, udp, 0);
        return IpPacketBuilder.ipv6(SRC, DST, extensions, IpPacketBuilder.UDP, udp, 0, u, ip, 0);
    }

    @Test
    void udpBehindHopByHopRoutingAndDestinationOptionsIsDelivered() throws IOException {
        int n = packet(new int[] {IpPacketBuilder.HOP_BY_HOP, IpPacketBuilder.ROUTING, IpPacketBuilder.DESTINATION_OPTIONS});
        CaptureRun run = CaptureRun.read(new CaptureRun.Pcap(FrameBuilder.IPV6).frame(frame, raw.wrap(ip, 0, n, frame)).bytes());
        assertThat(run.udp).hasSize(1);
        assertThat(run.udp.get(0).source()).isEqualTo("[2001:db8:85a3::8a2e:370:7334]:30000");
        assertThat(run.udp.get(0).destination()).isEqualTo("[::1]:40000");
        assertThat(run.udp.get(0).payload()).isEqualTo(PAYLOAD);
    }

    @Test
    void extensionHeaderLongerThanThePayloadIsMalformed() throws IOException {
        int n = packet(new int[] {IpPacketBuilder.DESTINATION_OPTIONS});
        ip[41] = (byte) 200; // header extension length: 1608 bytes
        CaptureRun run = CaptureRun.read(new CaptureRun.Pcap(FrameBuilder.IPV6).frame(frame, raw.wrap(ip, 0, n, frame)).bytes());
        assertThat(run.udp).isEmpty();
        assertThat(run.counters.malformedPackets()).isEqualTo(1);
    }

    @Test
    void endlessExtensionChainIsCutOffAsMalformed() throws IOException {
        int[] chain = new int[20];
        java.util.Arrays.fill(chain, IpPacketBuilder.DESTINATION_OPTIONS);
        int n = packet(chain);
        CaptureRun run = CaptureRun.read(new CaptureRun.Pcap(FrameBuilder.IPV6).frame(frame, raw.wrap(ip, 0, n, frame)).bytes());
        assertThat(run.udp).isEmpty();
        assertThat(run.counters.malformedPackets()).isEqualTo(1);
    }

    @ParameterizedTest(name = "payload length field {0}")
    @CsvSource({"65535", "300"})
    void payloadLengthBeyondTheCapturedBytesIsTruncation(int claimed) throws IOException {
        int n = packet(new int[0]);
        put16(ip, 4, claimed);
        CaptureRun run = CaptureRun.read(new CaptureRun.Pcap(FrameBuilder.IPV6).frame(frame, raw.wrap(ip, 0, n, frame)).bytes());
        assertThat(run.udp).isEmpty();
        assertThat(run.counters.truncatedPackets()).isEqualTo(1);
    }

    @Test
    void udpLengthLargerThanTheIpPayloadIsMalformed() throws IOException {
        int n = packet(new int[0]);
        put16(ip, 40 + 4, 500);
        CaptureRun run = CaptureRun.read(new CaptureRun.Pcap(FrameBuilder.IPV6).frame(frame, raw.wrap(ip, 0, n, frame)).bytes());
        assertThat(run.udp).isEmpty();
        assertThat(run.counters.malformedPackets()).isEqualTo(1);
    }

    @Test
    void otherNextHeadersAreCountedAsOtherProtocols() throws IOException {
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(FrameBuilder.IPV6);
        int n = packet(new int[0]);
        ip[6] = 58; // ICMPv6
        pcap.frame(frame, raw.wrap(ip, 0, n, frame));
        n = packet(new int[0]);
        CaptureRun run = CaptureRun.read(pcap.frame(frame, raw.wrap(ip, 0, n, frame)).bytes());
        assertThat(run.counters.otherProtocolPackets()).isEqualTo(1);
        assertThat(run.udp).hasSize(1);
    }

    /** Big-endian field writer for hand-made corruption. */
    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }
}
