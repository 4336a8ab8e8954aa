package io.callrec.it;

import io.callrec.media.codec.G711Decoder;
import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.PcapWriter;
import io.callrec.media.testkit.RtpPacketBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Captures the tests post, written with the media module's own pcap writer, and the audio the server
 * must make of them.
 */
final class Captures {

    static final int RATE = 8000;
    static final int PACKET_SAMPLES = 160;
    /** Leg A (caller, PCMU) sends 150 packets = 3.0 s; leg B (callee, PCMA) starts 0.5 s later, 2.5 s. */
    static final int A_PACKETS = 150;
    static final int B_PACKETS = 125;
    static final int B_OFFSET_SAMPLES = 4000;
    static final int TOTAL_SAMPLES = A_PACKETS * PACKET_SAMPLES;
    private static final long T0 = 1_764_150_000_000_000_000L;

    private Captures() {
    }

    static byte legPayload(int leg, int sample) {
        return (byte) (leg == 0 ? (sample * 5 + 17) : (sample * 3 + 91));
    }

    /**
     * A two-leg G.711 call. Leg A's packets 10 and 11 arrive swapped: the server must place them by
     * RTP timestamp, not by arrival.
     */
    static byte[] twoLegCall() {
        return twoLegCall(T0);
    }

    /** {@link #twoLegCall()} with its first packet captured at {@code firstPacketNanos} (epoch nanoseconds). */
    static byte[] twoLegCall(long firstPacketNanos) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] payload = new byte[PACKET_SAMPLES];
        byte[] rtp = new byte[PACKET_SAMPLES + 12];
        byte[] frame = new byte[2048];
        try (PcapWriter pcap = new PcapWriter(bytes, frames.linkType(), false, true)) {
            for (int slot = 0; slot < A_PACKETS; slot++) {
                int a = slot == 10 ? 11 : slot == 11 ? 10 : slot;
                for (int k = 0; k < PACKET_SAMPLES; k++) {
                    payload[k] = legPayload(0, a * PACKET_SAMPLES + k);
                }
                int len = RtpPacketBuilder.build(0, a == 0, 4000 + a, 90_000L + (long) a * PACKET_SAMPLES, 0xA1A1A1A1L,
                        payload, 0, PACKET_SAMPLES, rtp);
                int flen = frames.udp(FrameBuilder.ip("192.0.2.10"), 40000, FrameBuilder.ip("192.0.2.20"), 50000,
                        rtp, 0, len, frame);
                pcap.write(firstPacketNanos + slot * 20_000_000L, frame, 0, flen);
                int b = slot - B_OFFSET_SAMPLES / PACKET_SAMPLES;
                if (b >= 0 && b < B_PACKETS) {
                    for (int k = 0; k < PACKET_SAMPLES; k++) {
                        payload[k] = legPayload(1, b * PACKET_SAMPLES + k);
                    }
                    len = RtpPacketBuilder.build(8, b == 0, 100 + b, 7_000_000L + (long) b * PACKET_SAMPLES, 0xB2B2B2B2L,
                            payload, 0, PACKET_SAMPLES, rtp);
                    flen = frames.udp(FrameBuilder.ip("192.0.2.20"), 50000, FrameBuilder.ip("192.0.2.10"), 40000,
                            rtp, 0, len, frame);
                    pcap.write(firstPacketNanos + slot * 20_000_000L, frame, 0, flen);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The mono mix the server must produce from {@link #twoLegCall()}: the sum of both legs, clipped. */
    static short[] expectedMono() {
        short[] a = decode(G711Decoder.ulaw(), 0, TOTAL_SAMPLES);
        short[] b = decode(G711Decoder.alaw(), 1, B_PACKETS * PACKET_SAMPLES);
        short[] mix = new short[TOTAL_SAMPLES];
        for (int i = 0; i < TOTAL_SAMPLES; i++) {
            int j = i - B_OFFSET_SAMPLES;
            int sum = a[i] + (j >= 0 && j < b.length ? b[j] : 0);
            mix[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum));
        }
        return mix;
    }

    private static short[] decode(G711Decoder decoder, int leg, int samples) {
        byte[] coded = new byte[samples];
        for (int i = 0; i < samples; i++) {
            coded[i] = legPayload(leg, i);
        }
        short[] pcm = new short[samples];
        decoder.decode(coded, 0, samples, pcm, 0);
        return pcm;
    }

    /** A well-formed capture with SIP and DNS traffic but no RTP at all. */
    static byte[] signallingOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] frame = new byte[2048];
        byte[] invite = ("INVITE sip:100@192.0.2.20 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:5060\r\n"
                + "Call-ID: it-no-rtp\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] dns = {0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1};
        try (PcapWriter pcap = new PcapWriter(bytes, frames.linkType(), false, true)) {
            for (int i = 0; i < 5; i++) {
                int flen = frames.udp(FrameBuilder.ip("192.0.2.10"), 5060, FrameBuilder.ip("192.0.2.20"), 5060,
                        invite, 0, invite.length, frame);
                pcap.write(T0 + i * 500_000_000L, frame, 0, flen);
                flen = frames.udp(FrameBuilder.ip("192.0.2.10"), 33333, FrameBuilder.ip("192.0.2.53"), 53,
                        dns, 0, dns.length, frame);
                pcap.write(T0 + i * 500_000_000L + 1000, frame, 0, flen);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Something that writes a capture, e.g. a bench call builder's {@code write}. */
    interface CaptureWriter {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** The bytes a bench call builder writes. */
    static byte[] written(CaptureWriter writer) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            writer.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
