package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.IpPacketBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TcpStreamTest {

    private static final String CLIENT = "10.0.0.5:40000";
    private static final byte[] MESSAGE = (
            "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/TCP 10.0.0.5:5060\r\nContent-Length: 0\r\n\r\n"
            + "OPTIONS sip:bob@example.com SIP/2.0\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    private static final int OPTIONS_AT = new String(MESSAGE, StandardCharsets.US_ASCII).indexOf("OPTIONS");

    private final FrameBuilder link = new FrameBuilder(FrameBuilder.LINUX_SLL2, 0);
    private final byte[] tcp = new byte[70_000];
    private final byte[] ip = new byte[70_000];
    private final byte[] frame = new byte[70_000];
    private final CaptureRun.Pcap pcap = new CaptureRun.Pcap(FrameBuilder.LINUX_SLL2);

    /** A client → server segment carrying data[from, to) at sequence isn + 1 + from. */
    private TcpStreamTest segment(int isn, int flags, byte[] data, int from, int to) {
        int t = IpPacketBuilder.tcp(40000, 5060, isn + 1 + from, flags, data, from, to - from, tcp, 0);
        int n = IpPacketBuilder.ipv4(FrameBuilder.ip("10.0.0.5"), FrameBuilder.ip("10.0.0.9"), IpPacketBuilder.TCP, 0, 0,
                false, tcp, 0, t, ip, 0);
        pcap.frame(frame, link.wrap(ip, 0, n, frame));
        return this;
    }

    private TcpStreamTest syn(int isn) {
        int t = IpPacketBuilder.tcp(40000, 5060, isn, IpPacketBuilder.TCP_SYN, tcp, 0, 0, tcp, 0);
        int n = IpPacketBuilder.ipv4(FrameBuilder.ip("10.0.0.5"), FrameBuilder.ip("10.0.0.9"), IpPacketBuilder.TCP, 0, 0,
                false, tcp, 0, t, ip, 0);
        pcap.frame(frame, link.wrap(ip, 0, n, frame));
        return this;
    }

    private TcpStreamTest data(int isn, int from, int to) {
        return segment(isn, IpPacketBuilder.TCP_PSH_ACK, MESSAGE, from, to);
    }

    private CaptureRun run() throws IOException {
        return CaptureRun.read(pcap.bytes());
    }

    @Test
    void inOrderSegmentsArriveAsOneContiguousStreamWithTheirTuple() throws IOException {
        syn(1000).data(1000, 0, 40).data(1000, 40, 90).data(1000, 90, MESSAGE.length);
        CaptureRun run = run();
        assertThat(run.stream(CLIENT)).isEqualTo(MESSAGE);
        assertThat(run.tcp).hasSize(3).noneMatch(CaptureRun.Chunk::afterGap);
        assertThat(run.tcp).extracting(CaptureRun.Chunk::streamOffset).containsExactly(0L, 40L, 90L);
        assertThat(run.tcp.get(0).destination()).isEqualTo("10.0.0.9:5060");
        assertThat(run.tcp.get(1).timestampNanos()).isGreaterThan(run.tcp.get(0).timestampNanos());
        assertThat(run.counters.tcpBytes()).isEqualTo(MESSAGE.length);
        assertThat(run.udp).isEmpty();
    }

    @Test
    void outOfOrderSegmentsAreDeliveredInSequenceOrder() throws IOException {
        syn(7).data(7, 60, 100).data(7, 100, MESSAGE.length).data(7, 0, 60);
        CaptureRun run = run();
        assertThat(run.stream(CLIENT)).isEqualTo(MESSAGE);
        assertThat(run.tcp).noneMatch(CaptureRun.Chunk::afterGap);
        assertThat(run.counters.tcpGaps()).isZero();
    }

    @Test
    void retransmissionsAndPartialOverlapsAreDeliveredOnce() throws IOException {
        syn(50).data(50, 0, 60).data(50, 0, 60).data(50, 30, 100).data(50, 100, MESSAGE.length).data(50, 100, 120);
        CaptureRun run = run();
        assertThat(run.stream(CLIENT)).isEqualTo(MESSAGE);
        assertThat(run.counters.tcpRetransmissions()).isEqualTo(2);
    }

    @Test
    void sequenceNumbersWrapAround() throws IOException {
        int isn = -30; // 0xFFFFFFE2: the stream crosses 2^32 after 29 bytes
        syn(isn).data(isn, 50, MESSAGE.length).data(isn, 0, 50);
        assertThat(run().stream(CLIENT)).isEqualTo(MESSAGE);
    }

    @Test
    void missingSegmentIsAGapAfterWhichDeliveryResumes() throws IOException {
        syn(9).data(9, 0, 40).data(9, OPTIONS_AT, MESSAGE.length);
        CaptureRun run = run();
        assertThat(run.counters.tcpGaps()).isEqualTo(1);
        assertThat(run.tcp).hasSize(2);
        assertThat(run.tcp.get(1).afterGap()).isTrue();
        assertThat(run.tcp.get(1).streamOffset()).isEqualTo(OPTIONS_AT);
        assertThat(new String(run.tcp.get(1).bytes(), StandardCharsets.US_ASCII)).startsWith("OPTIONS");
        assertThat(run.closed).containsExactly(CLIENT + " @" + MESSAGE.length);
    }

    @Test
    void holeOlderThanTheTimeoutIsSkippedWithoutWaitingForTheEnd() throws IOException {
        syn(9).data(9, 0, 40).data(9, 60, 90);
        for (int i = 0; i < 3_500; i++) {
            pcap.frame(frame, 0); // 3.5 s of empty frames in capture time
        }
        data(9, 90, MESSAGE.length);
        CaptureRun run = run();
        assertThat(run.counters.tcpGaps()).isEqualTo(1);
        assertThat(run.tcp).extracting(CaptureRun.Chunk::streamOffset).containsExactly(0L, 60L, 90L);
        assertThat(run.tcp.get(1).afterGap()).isTrue();
        assertThat(run.tcp.get(2).afterGap()).isFalse();
    }

    @Test
    void segmentFarBeyondTheWindowResynchronises() throws IOException {
        syn(1).data(1, 0, 40);
        segment(1 + TcpFlow.WINDOW * 2, IpPacketBuilder.TCP_PSH_ACK, MESSAGE, 0, 10);
        CaptureRun run = run();
        assertThat(run.counters.tcpGaps()).isEqualTo(1);
        assertThat(run.tcp.get(1).afterGap()).isTrue();
        assertThat(run.tcp.get(1).bytes()).hasSize(10);
    }

    @Test
    void directionJoinedWithoutItsSynStartsFlaggedAndFinClosesIt() throws IOException {
        data(300, 0, 40).segment(300, IpPacketBuilder.TCP_PSH_ACK | IpPacketBuilder.TCP_FIN, MESSAGE, 40, MESSAGE.length);
        data(300, 40, 60); // retransmission after FIN
        CaptureRun run = run();
        assertThat(run.tcp.get(0).afterGap()).isTrue();
        assertThat(run.stream(CLIENT)).isEqualTo(MESSAGE);
        assertThat(run.closed).containsExactly(CLIENT + " @" + MESSAGE.length);
        assertThat(run.counters.tcpRetransmissions()).isEqualTo(1);
    }

    @Test
    void synWithAnotherInitialSequenceOnTheSamePortsStartsANewConnection() throws IOException {
        syn(1000).data(1000, 0, 40).syn(1000).syn(5000).data(5000, 0, 40);
        CaptureRun run = run();
        assertThat(run.closed).containsExactly(CLIENT + " @40", CLIENT + " @40");
        assertThat(run.tcp).extracting(CaptureRun.Chunk::streamOffset).containsExactly(0L, 0L);
        assertThat(run.tcp).noneMatch(CaptureRun.Chunk::afterGap);
    }

    @Test
    void segmentsHalfTheSequenceSpaceAwayNeitherOverflowNorCorruptTheStream() throws IOException {
        syn(0).data(0, 0, 40);
        segment(40 + Integer.MIN_VALUE, IpPacketBuilder.TCP_PSH_ACK, MESSAGE, 0, 30);  // exactly 2^31 away: old
        segment(40 + Integer.MAX_VALUE, IpPacketBuilder.TCP_PSH_ACK, MESSAGE, 0, 30);  // 2^31 - 1 ahead: a gap
        CaptureRun run = run();
        assertThat(run.counters.tcpRetransmissions()).isEqualTo(1);
        assertThat(run.counters.tcpGaps()).isEqualTo(1);
        assertThat(run.tcp).extracting(c -> c.bytes().length).containsExactly(40, 30);
        assertThat(run.tcp.get(1).afterGap()).isTrue();
    }

    @Test
    void tcpOverIpv6IsReassembledToo() throws IOException {
        byte[] src = IpPacketBuilder.address("2001:db8::5");
        byte[] dst = IpPacketBuilder.address("2001:db8::9");
        int[][] parts = {{-1, 0}, {50, MESSAGE.length}, {0, 50}};
        for (int[] part : parts) {
            boolean syn = part[0] < 0;
            int t = syn ? IpPacketBuilder.tcp(40000, 5060, 100, IpPacketBuilder.TCP_SYN, MESSAGE, 0, 0, tcp, 0)
                    : IpPacketBuilder.tcp(40000, 5060, 101 + part[0], IpPacketBuilder.TCP_PSH_ACK, MESSAGE, part[0],
                            part[1] - part[0], tcp, 0);
            int n = IpPacketBuilder.ipv6(src, dst, new int[] {IpPacketBuilder.DESTINATION_OPTIONS}, IpPacketBuilder.TCP,
                    tcp, 0, t, ip, 0);
            pcap.frame(frame, link.wrap(ip, 0, n, frame));
        }
        CaptureRun run = run();
        assertThat(run.stream("[2001:db8::5]:40000")).isEqualTo(MESSAGE);
        assertThat(run.tcp.get(0).destination()).isEqualTo("[2001:db8::9]:5060");
    }

    @Test
    void segmentsAreCountedButNotReassembledWithoutAListener() throws IOException {
        syn(1).data(1, 0, 40);
        try (UdpPacketReader r = UdpPacketReader.open(new java.io.ByteArrayInputStream(pcap.bytes()))) {
            assertThat(r.next(new UdpDatagram())).isFalse();
            assertThat(r.counters().tcpSegments()).isEqualTo(2);
            assertThat(r.counters().tcpBytes()).isZero();
        }
    }
}
