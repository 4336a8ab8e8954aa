package io.callrec.media.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The capture of a call whose far end changes (a transfer, a park and retrieval), as the switch writes
 * it for the party who stays on the call, A (192.0.2.10): a sequence of parts, each a pair of 20 ms
 * PCMU RTP streams between A and one peer (B, the transfer target C, or the switch's music on hold)
 * from one offset to another. A is silent (0xFF) throughout, so the mono mix of part {@code p} is exactly
 * its peer's {@link #signalByte(int, long) signal}, counted from the part's start. No SIP.
 *
 * <p>A consultation call (B–C while A waits) is a call of its own with its own capture, so it is not a
 * part here; what A hears meanwhile (hold music, silence) is.
 */
public final class TransferCall {

    public static final String A = "192.0.2.10";
    private static final int SAMPLES = 160;

    private record Part(String peer, int fromMillis, int toMillis, int signal) {
    }

    private final long startNanos;
    private final List<Part> parts = new ArrayList<>();

    /** {@code startNanos}: capture time (epoch nanoseconds) of the first packet. */
    public TransferCall(long startNanos) {
        this.startNanos = startNanos;
    }

    /** Payload byte {@code sample} of signal {@code signal}: a distinct µ-law pattern per signal. */
    public static byte signalByte(int signal, long sample) {
        return (byte) (sample * (2 * signal + 3) + 17 * signal + 5);
    }

    /** A talks to {@code peerAddress} (IPv4) from {@code fromMillis} to {@code toMillis}; the peer sends {@code signal}. */
    public TransferCall part(String peerAddress, int fromMillis, int toMillis, int signal) {
        if (fromMillis % 20 != 0 || toMillis % 20 != 0 || toMillis <= fromMillis) {
            throw new IllegalArgumentException("a part spans whole 20 ms packets: " + fromMillis + ".." + toMillis);
        }
        parts.add(new Part(peerAddress, fromMillis, toMillis, signal));
        return this;
    }

    public void write(OutputStream out) throws IOException {
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] frame = new byte[2048];
        byte[] payload = new byte[SAMPLES];
        byte[] rtp = new byte[SAMPLES + 12];
        int end = parts.stream().mapToInt(Part::toMillis).max().orElse(0);
        try (PcapWriter pcap = new PcapWriter(out, frames.linkType(), false, true)) {
            for (int slot = 0; slot * 20 < end; slot++) {
                long t = startNanos + slot * 20_000_000L;
                for (int p = 0; p < parts.size(); p++) {
                    Part part = parts.get(p);
                    int n = slot - part.fromMillis() / 20;
                    if (slot * 20 < part.fromMillis() || slot * 20 >= part.toMillis()) {
                        continue;
                    }
                    int port = 40000 + 2 * p;
                    java.util.Arrays.fill(payload, (byte) 0xFF);
                    int len = RtpPacketBuilder.build(0, n == 0, n, 1000L + (long) n * SAMPLES, 0xA0000000L + p, payload, 0,
                            SAMPLES, rtp);
                    udp(pcap, frames, frame, t, A, port, part.peer(), port + 10000, rtp, len);
                    for (int k = 0; k < SAMPLES; k++) {
                        payload[k] = signalByte(part.signal(), (long) n * SAMPLES + k);
                    }
                    len = RtpPacketBuilder.build(0, n == 0, 7000 + n, 50_000L + (long) n * SAMPLES, 0xB0000000L + p,
                            payload, 0, SAMPLES, rtp);
                    udp(pcap, frames, frame, t, part.peer(), port + 10000, A, port, rtp, len);
                }
            }
        }
    }

    private static void udp(PcapWriter pcap, FrameBuilder frames, byte[] frame, long t, String from, int sport,
                            String to, int dport, byte[] data, int len) throws IOException {
        int n = frames.udp(FrameBuilder.ip(from), sport, FrameBuilder.ip(to), dport, data, 0, len, frame);
        pcap.write(t, frame, 0, n);
    }
}
