package io.callrec.media.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Parses the 58-byte-header G.711 WAV (fmt of 18 bytes, fact, data) for assertions. */
public record G711WavFile(long riffSize, int fmtSize, int formatTag, int channels, int sampleRate, int byteRate,
                          int blockAlign, int bitsPerSample, int cbSize, String fact, long factSamples, String data,
                          long dataSize, byte[] bytes) {

    public static G711WavFile read(Path path) throws IOException {
        byte[] all = Files.readAllBytes(path);
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        return new G711WavFile(b.getInt(4) & 0xFFFFFFFFL, b.getInt(16), b.getShort(20), b.getShort(22), b.getInt(24),
                b.getInt(28), b.getShort(32), b.getShort(34), b.getShort(36), text(all, 38), b.getInt(46) & 0xFFFFFFFFL,
                text(all, 50), b.getInt(54) & 0xFFFFFFFFL, Arrays.copyOfRange(all, 58, all.length));
    }

    private static String text(byte[] b, int off) {
        return new String(b, off, 4, StandardCharsets.US_ASCII);
    }
}
