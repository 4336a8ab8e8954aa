package io.callrec.it;

import io.callrec.media.codec.G711Decoder;
import java.util.function.LongToIntFunction;

/** Sample-level expectations: the samples of a served 16-bit WAV, and decoded µ-law test signals. */
final class Pcm {

    static final int WAV_HEADER = 44;

    private Pcm() {
    }

    /** The little-endian 16-bit samples after the canonical 44-byte header. */
    static short[] wavSamples(byte[] wav) {
        short[] s = new short[(wav.length - WAV_HEADER) / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((wav[WAV_HEADER + 2 * i] & 0xFF) | (wav[WAV_HEADER + 2 * i + 1] << 8));
        }
        return s;
    }

    /** Samples {@code from} to {@code to} of a µ-law signal whose byte {@code n} is {@code signal(n)}, decoded. */
    static short[] ulaw(long from, long to, LongToIntFunction signal) {
        byte[] coded = new byte[(int) (to - from)];
        for (int i = 0; i < coded.length; i++) {
            coded[i] = (byte) signal.applyAsInt(from + i);
        }
        short[] pcm = new short[coded.length];
        G711Decoder.ulaw().decode(coded, 0, coded.length, pcm, 0);
        return pcm;
    }
}
