package io.callrec.infrastructure.announcement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a RIFF/WAVE file of 16-bit linear PCM, mono (the announcements' format), walking the chunks so
 * extra ones (LIST, fact) are skipped; anything else is refused with the reason.
 */
final class PcmWav {

    private PcmWav() {
    }

    record Audio(int sampleRate, short[] samples) {
    }

    static Audio read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || !tag(b, 0).equals("RIFF") || !tag(b, 8).equals("WAVE")) {
            throw new IOException("not a RIFF/WAVE file");
        }
        int rate = -1;
        int position = 12;
        while (position + 8 <= b.limit()) {
            String id = tag(b, position);
            long size = b.getInt(position + 4) & 0xFFFFFFFFL;
            int body = position + 8;
            if (body + size > b.limit()) {
                throw new IOException("chunk '" + id + "' runs past the end of the file");
            }
            if (id.equals("fmt ")) {
                int format = b.getShort(body) & 0xFFFF;
                int channels = b.getShort(body + 2) & 0xFFFF;
                int bits = b.getShort(body + 14) & 0xFFFF;
                if (format != 1 || channels != 1 || bits != 16) {
                    throw new IOException("expected 16-bit mono PCM, found format " + format + ", " + channels
                            + " channel(s), " + bits + " bits");
                }
                rate = b.getInt(body + 4);
            } else if (id.equals("data")) {
                if (rate < 0) {
                    throw new IOException("data chunk before the fmt chunk");
                }
                short[] samples = new short[(int) (size / 2)];
                b.position(body);
                b.asShortBuffer().get(samples);
                return new Audio(rate, samples);
            }
            position = body + (int) size + (int) (size & 1); // chunks are word-aligned
        }
        throw new IOException("no data chunk");
    }

    private static String tag(ByteBuffer b, int at) {
        byte[] four = new byte[4];
        b.get(at, four);
        return new String(four, StandardCharsets.US_ASCII);
    }
}
