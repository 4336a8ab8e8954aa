package io.callrec.media.codec.opus;

import io.callrec.media.codec.testing.RtpPayloads;
import java.util.List;

/** Decodes packet lists with a chosen decoder for the Opus tests. */
final class OpusTestSupport {

    private OpusTestSupport() {
    }

    static short[] decodeAll(OpusDecoder decoder, List<byte[]> packets) {
        short[] out = new short[packets.size() * decoder.maxSamples(0)];
        int n = 0;
        for (byte[] p : packets) {
            n += decoder.decode(p, 0, p.length, out, n);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static List<byte[]> payloads(List<RtpPayloads.Packet> packets) {
        return packets.stream().map(RtpPayloads.Packet::payload).toList();
    }

    static short[] drop(short[] s, int n) {
        return java.util.Arrays.copyOfRange(s, Math.min(n, s.length), s.length);
    }
}
