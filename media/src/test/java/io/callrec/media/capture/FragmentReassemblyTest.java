package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.IpPacketBuilder;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FragmentReassemblyTest {

    private static final int SRC = FrameBuilder.ip("10.1.1.1");
    private static final int DST = FrameBuilder.ip("10.2.2.2");
    private static final byte[] SRC6 = IpPacketBuilder.address("fe80::1");
    private static final byte[] DST6 = IpPacketBuilder.address("ff02::2:1");

    private final FrameBuilder ethernet = new FrameBuilder(FrameBuilder.ETHERNET, 1);
    private final byte[] frame = new byte[70_000];
    private final byte[] ip = new byte[70_000];

    /** A UDP datagram (header + payload) of {@code length} payload bytes with a recognisable pattern. */
    private static byte[] udp(int length, int seed) {
        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++) {
            payload[i] = (byte) (i * 7 + seed);
        }
        byte[] out = new byte[length + 8];
        IpPacketBuilder.udp(5060, 5062, payload, 0, length, out, 0);
        return out;
    }

    private static byte[] payloadOf(byte[] udp) {
        return Arrays.copyOfRange(udp, 8, udp.length);
    }

    /** Adds the IPv4 fragment udp[from, to) to the capture. */
    private CaptureRun.Pcap v4(CaptureRun.Pcap pcap, byte[] udp, int id, int from, int to) {
        int n = IpPacketBuilder.ipv4(SRC, DST, IpPacketBuilder.UDP, id, from, to < udp.length, udp, from, to - from, ip, 0);
        return pcap.frame(frame, ethernet.wrap(ip, 0, n, frame));
    }

    private CaptureRun.Pcap v6(CaptureRun.Pcap pcap, byte[] udp, int id, int from, int to, int... before) {
        int n = IpPacketBuilder.ipv6Fragment(SRC6, DST6, before, IpPacketBuilder.UDP, id, from, to < udp.length,
                udp, from, to - from, ip, 0);
        return pcap.frame(frame, ethernet.wrap(ip, 0, n, frame));
    }

    @Test
    void ipv4FragmentsInOrderAreReassembled() throws IOException {
        byte[] d = udp(3000, 1);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        v4(v4(v4(pcap, d, 77, 0, 1480), d, 77, 1480, 2960), d, 77, 2960, d.length);
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.udp).hasSize(1);
        assertThat(run.udp.get(0).payload()).isEqualTo(payloadOf(d));
        assertThat(run.udp.get(0).source()).isEqualTo("10.1.1.1:5060");
        assertThat(run.counters.fragments()).isEqualTo(3);
        assertThat(run.counters.reassembled()).isEqualTo(1);
        assertThat(run.counters.reassemblyDropped()).isZero();
    }

    @Test
    void ipv4FragmentsOutOfOrderAndInterleavedWithAnotherDatagramAreReassembled() throws IOException {
        byte[] a = udp(2000, 1);
        byte[] b = udp(1000, 2);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        v4(pcap, a, 1, 1480, a.length);
        v4(pcap, b, 2, 504, b.length);
        v4(pcap, a, 1, 0, 1480);
        v4(pcap, b, 2, 0, 504);
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.udp).extracting(CaptureRun.Udp::payload).containsExactly(payloadOf(a), payloadOf(b));
    }

    @Test
    void duplicateAndOverlappingIpv4FragmentsKeepTheFirstBytes() throws IOException {
        byte[] d = udp(2400, 3);
        byte[] forged = d.clone();
        Arrays.fill(forged, 800, 1600, (byte) 0x55);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        v4(pcap, d, 9, 0, 1200);
        v4(pcap, d, 9, 0, 1200);          // exact duplicate
        v4(pcap, forged, 9, 800, 1600);   // overlaps the first fragment, then adds 400 new bytes
        v4(pcap, d, 9, 1600, d.length);
        CaptureRun run = CaptureRun.read(pcap.bytes());
        byte[] expected = payloadOf(d);
        Arrays.fill(expected, 1200 - 8, 1600 - 8, (byte) 0x55);
        assertThat(run.udp).hasSize(1);
        assertThat(run.udp.get(0).payload()).isEqualTo(expected);
        assertThat(run.counters.fragmentDuplicates()).isEqualTo(1);
        assertThat(run.counters.fragmentOverlaps()).isEqualTo(1);
    }

    @Test
    void missingFragmentDropsTheDatagramAtTheEndOfTheCapture() throws IOException {
        byte[] d = udp(3000, 4);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        v4(v4(pcap, d, 5, 0, 1480), d, 5, 2960, d.length);
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.udp).isEmpty();
        assertThat(run.counters.reassemblyDropped()).isEqualTo(1);
        assertThat(run.counters.reassembled()).isZero();
    }

    @Test
    void fragmentsOlderThanTheReassemblyTimeoutInCaptureTimeAreDropped() throws IOException {
        byte[] d = udp(2000, 5);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        int n = IpPacketBuilder.ipv4(SRC, DST, IpPacketBuilder.UDP, 6, 0, true, d, 0, 1480, ip, 0);
        pcap.frameAt(CaptureRun.T0, frame, ethernet.wrap(ip, 0, n, frame));
        n = IpPacketBuilder.ipv4(SRC, DST, IpPacketBuilder.UDP, 6, 1480, false, d, 1480, d.length - 1480, ip, 0);
        pcap.frameAt(CaptureRun.T0 + 16_000_000_000L, frame, ethernet.wrap(ip, 0, n, frame));
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.udp).isEmpty();
        assertThat(run.counters.reassemblyDropped()).isEqualTo(2);
    }

    @Test
    void concurrentReassembliesAreBoundedByEvictingTheOldest() throws IOException {
        byte[] d = udp(2000, 6);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        int datagrams = FragmentReassembler.SLOTS + 10;
        for (int id = 0; id < datagrams; id++) {
            v4(pcap, d, id, 0, 1480);
        }
        for (int id = 0; id < datagrams; id++) {
            v4(pcap, d, id, 1480, d.length);
        }
        CaptureRun run = CaptureRun.read(pcap.bytes());
        // The first 10 were evicted; their tails then start new reassemblies that evict the others in turn.
        assertThat(run.counters.reassembled() + run.counters.reassemblyDropped()).isGreaterThanOrEqualTo(datagrams);
        assertThat(run.counters.reassemblyDropped()).isGreaterThanOrEqualTo(10);
        assertThat(run.udp).allSatisfy(u -> assertThat(u.payload()).isEqualTo(payloadOf(d)));
    }

    @Test
    void fragmentsBeyond64KiBOrWithMisalignedLengthsAreMalformed() throws IOException {
        byte[] d = udp(2000, 7);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        v4(pcap, d, 8, 0, 1001);                 // more fragments follow, length not a multiple of 8
        int n = IpPacketBuilder.ipv4(SRC, DST, IpPacketBuilder.UDP, 8, 65528, false, d, 0, 100, ip, 0);
        pcap.frame(frame, ethernet.wrap(ip, 0, n, frame));
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.counters.malformedFragments()).isEqualTo(2);
        assertThat(run.udp).isEmpty();
    }

    @Test
    void largestPossibleDatagramIsReassembled() throws IOException {
        byte[] d = udp(65535 - 20 - 8, 8);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        for (int from = 0; from < d.length; from += 8000) {
            v4(pcap, d, 10, from, Math.min(d.length, from + 8000));
        }
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.udp).hasSize(1);
        assertThat(run.udp.get(0).payload()).isEqualTo(payloadOf(d));
    }

    @Test
    void ipv6FragmentsAfterExtensionHeadersAreReassembledOutOfOrder() throws IOException {
        byte[] d = udp(2500, 9);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        v6(pcap, d, 0x12345678, 1232, d.length, IpPacketBuilder.HOP_BY_HOP, IpPacketBuilder.ROUTING);
        v6(pcap, d, 0x12345678, 0, 1232, IpPacketBuilder.HOP_BY_HOP, IpPacketBuilder.ROUTING);
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.udp).hasSize(1);
        assertThat(run.udp.get(0).payload()).isEqualTo(payloadOf(d));
        assertThat(run.udp.get(0).source()).isEqualTo("[fe80::1]:5060");
        assertThat(run.udp.get(0).destination()).isEqualTo("[ff02::2:1]:5062");
    }

    @Test
    void ipv6AtomicFragmentIsAWholePacket() throws IOException {
        byte[] d = udp(100, 10);
        CaptureRun run = CaptureRun.read(v6(new CaptureRun.Pcap(1), d, 1, 0, d.length).bytes());
        assertThat(run.udp).hasSize(1);
        assertThat(run.counters.fragments()).isZero();
    }

    @Test
    void overlappingIpv6FragmentsDiscardTheDatagram() throws IOException {
        byte[] d = udp(2000, 11);
        CaptureRun.Pcap pcap = new CaptureRun.Pcap(1);
        v6(pcap, d, 3, 0, 1232);
        v6(pcap, d, 3, 1224, d.length);
        CaptureRun run = CaptureRun.read(pcap.bytes());
        assertThat(run.udp).isEmpty();
        assertThat(run.counters.fragmentOverlaps()).isEqualTo(1);
        assertThat(run.counters.reassemblyDropped()).isEqualTo(1);
    }
}
