package io.callrec.media.testkit;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A two-leg G.711 call as a pcap: 20 ms packets per direction (PCMU one way, PCMA the other),
 * interleaved in capture-time order, the second leg starting {@code offsetMillis} later.
 * Payload bytes are a fixed varying pattern; they only need to exercise the decode path.
 */
public final class SyntheticCall {

    private static final int SAMPLES = 160;

    private SyntheticCall() {
    }

    public static void write(OutputStream out, long seconds, long offsetMillis) throws IOException {
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] payload = new byte[SAMPLES];
        byte[] rtp = new byte[SAMPLES + 12];
        byte[] frame = new byte[2048];
        long start = 1_700_000_000_000_000_000L;
        long packets = seconds * 50;
        long offsetPackets = offsetMillis / 20;
        try (PcapWriter pcap = new PcapWriter(out, frames.linkType(), false, true)) {
            for (long i = 0; i < packets + offsetPackets; i++) {
                for (int leg = 0; leg < 2; leg++) {
                    long n = leg == 0 ? i : i - offsetPackets;
                    if (n < 0 || n >= packets) {
                        continue;
                    }
                    for (int k = 0; k < SAMPLES; k++) {
                        payload[k] = (byte) (n * 7 + k * 3 + leg);
                    }
                    int len = RtpPacketBuilder.build(leg == 0 ? 0 : 8, n == 0, (int) (n + 1000 * leg),
                            n * SAMPLES + 12345L * leg, 0x1111 + leg, payload, 0, SAMPLES, rtp);
                    int flen = leg == 0
                            ? frames.udp(FrameBuilder.ip("10.0.0.1"), 20000, FrameBuilder.ip("10.0.0.2"), 30000, rtp, 0, len, frame)
                            : frames.udp(FrameBuilder.ip("10.0.0.2"), 30000, FrameBuilder.ip("10.0.0.1"), 20000, rtp, 0, len, frame);
                    pcap.write(start + i * 20_000_000L + leg * 3_000_000L, frame, 0, flen);
                }
            }
        }
    }
}
