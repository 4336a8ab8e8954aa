package io.callrec.media.codec;

import java.util.Arrays;

/** G.711 µ-law (PCMU) or A-law (PCMA): one byte per sample at 8 kHz, a table lookup each. */
public final class G711Decoder implements AudioDecoder {

    private final short[] table;

    private G711Decoder(short[] table) {
        this.table = table;
    }

    public static G711Decoder ulaw() {
        return new G711Decoder(G711.ULAW);
    }

    public static G711Decoder alaw() {
        return new G711Decoder(G711.ALAW);
    }

    @Override
    public int sampleRate() {
        return 8000;
    }

    @Override
    public int maxSamples(int payloadLength) {
        return payloadLength;
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] out, int outOffset) {
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = table[payload[offset + i] & 0xFF];
        }
        return length;
    }

    /** G.711 has no decoder state to extrapolate from (Appendix I PLC is a later refinement): silence. */
    @Override
    public int conceal(short[] out, int outOffset, int samples) {
        Arrays.fill(out, outOffset, outOffset + samples, (short) 0);
        return samples;
    }
}
