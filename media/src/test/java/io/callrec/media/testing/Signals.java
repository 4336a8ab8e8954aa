package io.callrec.media.testing;

import io.callrec.media.codec.G711Decoder;
import java.util.Arrays;

/** Payloads with predictable decoded values: one constant level per 20 ms packet. */
public final class Signals {

    public static final int PACKET = 160;

    private Signals() {
    }

    /** A distinct level per packet index, positive and negative, well inside the 16-bit range. */
    public static int level(int packet) {
        return (packet % 2 == 0 ? 1 : -1) * (500 + 300 * packet);
    }

    public static byte[] ulawPacket(int level) {
        short[] pcm = new short[PACKET];
        Arrays.fill(pcm, (short) level);
        return ReferenceG711.ulaw(pcm);
    }

    public static byte[] alawPacket(int level) {
        short[] pcm = new short[PACKET];
        Arrays.fill(pcm, (short) level);
        return ReferenceG711.alaw(pcm);
    }

    /** What a G.711 µ-law round trip of {@code level} decodes to. */
    public static short ulawRoundTrip(int level) {
        short[] out = new short[1];
        G711Decoder.ulaw().decode(new byte[] {ReferenceG711.ulaw(level)}, 0, 1, out, 0);
        return out[0];
    }

    public static short alawRoundTrip(int level) {
        short[] out = new short[1];
        G711Decoder.alaw().decode(new byte[] {ReferenceG711.alaw(level)}, 0, 1, out, 0);
        return out[0];
    }
}
