package io.callrec.infrastructure.announcement;

/**
 * ITU-T G.711 compression of 16-bit linear PCM (the inverse of the media module's expansion tables):
 * µ-law (§2, table 2a: bias 33 on the 14-bit scale = 132 here, sign-magnitude, all bits inverted) and
 * A-law (§2, table 1a: 13-bit magnitude, segment 0 linear, even bits inverted with 0x55).
 */
public final class G711Compressor {

    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;

    private G711Compressor() {
    }

    public static byte ulaw(short sample) {
        int sign = sample < 0 ? 0x80 : 0x00;
        int magnitude = Math.min(Math.abs((int) sample), ULAW_CLIP) + ULAW_BIAS;
        int segment = highestBit(magnitude) - 7;                 // magnitude >= 132 has bit 7 set: segment >= 0
        int step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte) ~(sign | (segment << 4) | step);
    }

    public static byte alaw(short sample) {
        int sign = sample >= 0 ? 0x80 : 0x00;                     // A-law: sign bit 1 is positive
        int magnitude = (sample >= 0 ? sample : ~sample) >> 3;    // 12-bit magnitude; ~x avoids |-32768| overflow
        int segment;
        int step;
        if (magnitude < 32) {
            segment = 0;
            step = magnitude >> 1;
        } else {
            segment = highestBit(magnitude) - 4;
            step = (magnitude >> segment) & 0x0F;
        }
        return (byte) ((sign | (segment << 4) | step) ^ 0x55);
    }

    public static byte[] encode(short[] pcm, boolean muLaw) {
        byte[] coded = new byte[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            coded[i] = muLaw ? ulaw(pcm[i]) : alaw(pcm[i]);
        }
        return coded;
    }

    private static int highestBit(int value) {
        return 31 - Integer.numberOfLeadingZeros(value);
    }
}
