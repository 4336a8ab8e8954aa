package io.callrec.infrastructure.announcement;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Wraps G.711 bytes in a WAVE file: 8 kHz mono, 8 bits per sample, format tag 7 (µ-law) or 6 (A-law).
 * Non-PCM formats carry an 18-byte fmt chunk (cbSize 0) and a fact chunk with the sample count.
 */
final class G711Wav {

    static final int FORMAT_ALAW = 6;
    static final int FORMAT_MULAW = 7;
    static final int HEADER_BYTES = 12 + (8 + 18) + (8 + 4) + 8;

    private G711Wav() {
    }

    static byte[] wrap(byte[] coded, boolean muLaw, int sampleRate) {
        int pad = coded.length & 1;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + coded.length + pad).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(b.capacity() - 8).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(18)
                .putShort((short) (muLaw ? FORMAT_MULAW : FORMAT_ALAW))
                .putShort((short) 1)          // channels
                .putInt(sampleRate)
                .putInt(sampleRate)           // bytes per second: one byte per sample
                .putShort((short) 1)          // block align
                .putShort((short) 8)          // bits per sample
                .putShort((short) 0);         // cbSize
        b.put(ascii("fact")).putInt(4).putInt(coded.length);
        b.put(ascii("data")).putInt(coded.length).put(coded);
        return b.array();
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }
}
