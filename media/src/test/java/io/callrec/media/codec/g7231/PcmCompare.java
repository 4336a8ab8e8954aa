package io.callrec.media.codec.g7231;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Test helper: signal-to-noise ratio of a decode against reference PCM (s16le). */
final class PcmCompare {

    private PcmCompare() {
    }

    static short[] fromS16le(byte[] raw) {
        short[] s = new short[raw.length / 2];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    /** SNR in dB over the common length; +Infinity when identical. */
    static double snrDb(short[] reference, short[] decoded, int length) {
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < length; i++) {
            double d = reference[i] - decoded[i];
            signal += (double) reference[i] * reference[i];
            noise += d * d;
        }
        return noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise);
    }

    static double identicalShare(short[] reference, short[] decoded, int length) {
        int same = 0;
        for (int i = 0; i < length; i++) {
            if (reference[i] == decoded[i]) {
                same++;
            }
        }
        return length == 0 ? 0 : same / (double) length;
    }

    static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    /** Decodes a stream of concatenated frames (the raw g723_1 layout), one frame per call. */
    static short[] decodeStream(io.callrec.media.codec.g7231.G7231Decoder decoder, byte[] stream) {
        short[] out = new short[G7231Decoder.FRAME_SAMPLES * stream.length];
        int n = 0;
        int pos = 0;
        while (pos < stream.length) {
            int size = FrameParams.FRAME_BYTES[stream[pos] & 3];
            n += decoder.decode(stream, pos, Math.min(size, stream.length - pos), out, n);
            pos += size;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
