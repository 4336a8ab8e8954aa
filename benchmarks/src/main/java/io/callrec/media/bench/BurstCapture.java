package io.callrec.media.bench;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.PcapWriter;
import io.callrec.media.testkit.RtpPacketBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * One two-leg call's capture (classic pcap, Ethernet/IPv4/UDP/RTP, no SIP), 20 ms packets per direction
 * in capture-time order, the first at {@code startNanos} (epoch). Every call of a codec posts the same
 * bytes: the server stores and converts each upload on its own, and writing 500 five-minute captures
 * would measure this machine's disk rather than the server.
 */
final class BurstCapture {

    private static final long PACKET_NANOS = 20_000_000L;

    private BurstCapture() {
    }

    static byte[] write(long startNanos, int seconds, List<byte[]> legA, List<byte[]> legB, BurstCodec codec) throws IOException {
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] rtp = new byte[1500];
        byte[] frame = new byte[2048];
        long packets = seconds * 50L;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (packets * 2 * 230));
        try (PcapWriter pcap = new PcapWriter(out, frames.linkType(), false, true)) {
            for (long n = 0; n < packets; n++) {
                for (int leg = 0; leg < 2; leg++) {
                    byte[] payload = (leg == 0 ? legA : legB).get((int) (n % (leg == 0 ? legA : legB).size()));
                    // RFC 3550 §5.1: sequence numbers and timestamps are 16 and 32 bits, they wrap
                    int len = RtpPacketBuilder.build(codec.payloadType(leg), n == 0, (int) ((n + 1000L * leg) & 0xFFFF),
                            (n * codec.timestampStep() + 12345L * leg) & 0xFFFF_FFFFL, 0x5151 + leg,
                            payload, 0, payload.length, rtp);
                    int flen = leg == 0
                            ? frames.udp(FrameBuilder.ip("10.0.0.1"), 20000, FrameBuilder.ip("10.0.0.2"), 30000, rtp, 0, len, frame)
                            : frames.udp(FrameBuilder.ip("10.0.0.2"), 30000, FrameBuilder.ip("10.0.0.1"), 20000, rtp, 0, len, frame);
                    pcap.write(startNanos + n * PACKET_NANOS + leg * 3_000_000L, frame, 0, flen);
                }
            }
        }
        return out.toByteArray();
    }
}
