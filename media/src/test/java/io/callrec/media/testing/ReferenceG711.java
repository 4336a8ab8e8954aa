package io.callrec.media.testing;

/**
 * Test-side reference G.711 compressor, written independently of the product's table-built
 * {@code io.callrec.media.codec.G711Encoder} from ITU-T G.711 (segment search on the biased
 * magnitude): it produces payloads whose decoded values the tests can predict without trusting the
 * code under test.
 */
public final class ReferenceG711 {

    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;

    private ReferenceG711() {
    }

    public static byte ulaw(int sample) {
        int sign = sample < 0 ? 0x80 : 0;
        int m = Math.min(Math.abs(sample), ULAW_CLIP) + ULAW_BIAS;
        int segment = 7;
        for (int bit = 0x4000; (m & bit) == 0 && segment > 0; bit >>= 1) {
            segment--;
        }
        int step = (m >> (segment + 3)) & 0x0F;
        return (byte) (~(sign | (segment << 4) | step) & 0xFF);
    }

    public static byte alaw(int sample) {
        int m = Math.min(Math.abs(sample) >> 3, 4095);
        int segment;
        int step;
        if (m < 32) {
            segment = 0;
            step = m >> 1;
        } else {
            segment = 31 - Integer.numberOfLeadingZeros(m) - 4;
            step = (m >> segment) & 0x0F;
        }
        int code = (segment << 4) | step;
        if (sample >= 0) {
            code |= 0x80;
        }
        return (byte) (code ^ 0x55);
    }

    public static byte[] ulaw(short[] pcm) {
        byte[] out = new byte[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = ulaw(pcm[i]);
        }
        return out;
    }

    public static byte[] alaw(short[] pcm) {
        byte[] out = new byte[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = alaw(pcm[i]);
        }
        return out;
    }
}
