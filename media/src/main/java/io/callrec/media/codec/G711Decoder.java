package io.callrec.media.codec;

/** G.711 µ-law (PCMU) or A-law (PCMA): one byte per sample at 8 kHz, a table lookup each. */
public final class G711Decoder implements AudioDecoder {

    private final short[] table;
    private final G711Concealer concealer = new G711Concealer();

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
        concealer.received(out, outOffset, length);
        return length;
    }

    /**
     * Pitch-repetition concealment after ITU-T G.711 Appendix I (see {@link G711Concealer}):
     * consecutive calls continue one loss; it fades to silence 60 ms into the loss.
     */
    @Override
    public int conceal(short[] out, int outOffset, int samples) {
        return concealer.conceal(out, outOffset, samples);
    }
}
