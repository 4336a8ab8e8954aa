package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.IpPacketBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised scenarios (fixed seeds): data cut into random pieces, shuffled within a short span,
 * duplicated and sometimes lost. Whatever arrives, every delivered byte must be the original byte
 * at its position, and nothing may be delivered twice.
 */
class ShuffledDeliveryTest {

    private final FrameBuilder link = new FrameBuilder(FrameBuilder.ETHERNET, 0);
    private final byte[] l4 = new byte[70_000];
    private final byte[] ip = new byte[70_000];
    private final byte[] frame = new byte[70_000];

    private static byte[] data(Random random, int length) {
        byte[] d = new byte[length];
        random.nextBytes(d);
        return d;
    }

    /** Pieces [from, to) covering [0, length), each at most {@code max} long and a multiple of {@code align}. */
    private static List<int[]> cut(Random random, int length, int max, int align) {
        List<int[]> pieces = new ArrayList<>();
        for (int from = 0; from < length;) {
            int size = Math.max(align, (1 + random.nextInt(max)) / align * align);
            int to = Math.min(length, from + size);
            pieces.add(new int[] {from, to});
            from = to;
        }
        return pieces;
    }

    /** Local disorder: swaps neighbours within a few places, adds duplicates, drops with {@code lossPercent}. */
    private static List<int[]> disorder(Random random, List<int[]> pieces, int lossPercent) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : pieces) {
            if (random.nextInt(100) >= lossPercent) {
                out.add(p);
            }
            if (random.nextInt(10) == 0) {
                out.add(p);
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            if (random.nextInt(3) == 0) {
                Collections.swap(out, i, Math.min(out.size() - 1, i + 1 + random.nextInt(3)));
            }
        }
        return out;
    }

    @Test
    void tcpDeliversOnlyOriginalBytesAtTheirPositionsWhateverTheArrivalOrder() throws IOException {
        Random random = new Random(3_550L);
        for (int scenario = 0; scenario < 300; scenario++) {
            byte[] d = data(random, 1 + random.nextInt(60_000));
            int isn = random.nextInt();
            int lossPercent = scenario % 3 == 0 ? 5 : 0;
            CaptureRun.Pcap pcap = new CaptureRun.Pcap(FrameBuilder.ETHERNET);
            int t = IpPacketBuilder.tcp(5060, 5061, isn, IpPacketBuilder.TCP_SYN, d, 0, 0, l4, 0);
            int n = IpPacketBuilder.ipv4(1, 2, IpPacketBuilder.TCP, 0, 0, false, l4, 0, t, ip, 0);
            pcap.frame(frame, link.wrap(ip, 0, n, frame));
            for (int[] p : disorder(random, cut(random, d.length, 1460, 1), lossPercent)) {
                t = IpPacketBuilder.tcp(5060, 5061, isn + 1 + p[0], IpPacketBuilder.TCP_PSH_ACK, d, p[0], p[1] - p[0], l4, 0);
                n = IpPacketBuilder.ipv4(1, 2, IpPacketBuilder.TCP, 0, 0, false, l4, 0, t, ip, 0);
                pcap.frame(frame, link.wrap(ip, 0, n, frame));
            }
            CaptureRun run = CaptureRun.read(pcap.bytes());
            long end = 0;
            for (CaptureRun.Chunk c : run.tcp) {
                assertThat(c.streamOffset()).as("scenario %d", scenario).isGreaterThanOrEqualTo(end);
                assertThat(c.afterGap()).as("scenario %d", scenario).isEqualTo(c.streamOffset() > end);
                assertThat(c.bytes()).as("scenario %d", scenario)
                        .isEqualTo(Arrays.copyOfRange(d, (int) c.streamOffset(), (int) c.streamOffset() + c.bytes().length));
                end = c.streamOffset() + c.bytes().length;
            }
            if (lossPercent == 0) {
                assertThat(run.stream("0.0.0.1:5060")).as("scenario %d", scenario).isEqualTo(d);
                assertThat(run.counters.tcpGaps()).isZero();
            }
        }
    }

    @Test
    void fragmentsReassembleExactlyWhateverTheArrivalOrder() throws IOException {
        Random random = new Random(791L);
        for (int scenario = 0; scenario < 300; scenario++) {
            boolean v6 = scenario % 2 == 1;
            byte[] payload = data(random, 1500 + random.nextInt(20_000)); // always more than one fragment
            int u = IpPacketBuilder.udp(7000, 7001, payload, 0, payload.length, l4, 0);
            byte[] udp = Arrays.copyOf(l4, u);
            int lossPercent = scenario % 5 == 0 ? 10 : 0;
            List<int[]> pieces = cut(random, u, 1480, 8);
            List<int[]> sent = disorder(random, pieces, lossPercent);
            CaptureRun.Pcap pcap = new CaptureRun.Pcap(FrameBuilder.ETHERNET);
            byte[] a6 = IpPacketBuilder.address("2001:db8::1");
            byte[] b6 = IpPacketBuilder.address("2001:db8::2");
            for (int[] p : sent) {
                boolean more = p[1] < u;
                int n = v6 ? IpPacketBuilder.ipv6Fragment(a6, b6, new int[0], IpPacketBuilder.UDP, scenario, p[0], more, udp,
                        p[0], p[1] - p[0], ip, 0)
                        : IpPacketBuilder.ipv4(1, 2, IpPacketBuilder.UDP, scenario, p[0], more, udp, p[0], p[1] - p[0], ip, 0);
                pcap.frame(frame, link.wrap(ip, 0, n, frame));
            }
            CaptureRun run = CaptureRun.read(pcap.bytes());
            boolean complete = sent.containsAll(pieces);
            if (complete) {
                assertThat(run.udp).as("scenario %d", scenario).hasSize(1);
                assertThat(run.udp.get(0).payload()).as("scenario %d", scenario).isEqualTo(payload);
            } else {
                assertThat(run.udp).as("scenario %d", scenario).isEmpty();
                assertThat(run.counters.reassemblyDropped()).isEqualTo(1);
            }
        }
    }
}
