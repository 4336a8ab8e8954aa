package io.callrec.media.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses a canonical 44-byte-header PCM WAV for assertions. */
public record WavFile(String riff, long riffSize, String wave, String fmt, int fmtSize, int formatTag, int channels,
                      int sampleRate, int byteRate, int blockAlign, int bitsPerSample, String data, long dataSize,
                      long fileSize, short[] samples) {

    public static WavFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[(bytes.length - 44) / 2];
        b.position(44);
        b.asShortBuffer().get(samples);
        return new WavFile(text(bytes, 0), b.getInt(4) & 0xFFFFFFFFL, text(bytes, 8), text(bytes, 12), b.getInt(16),
                b.getShort(20), b.getShort(22), b.getInt(24), b.getInt(28), b.getShort(32), b.getShort(34),
                text(bytes, 36), b.getInt(40) & 0xFFFFFFFFL, bytes.length, samples);
    }

    /** Samples of one channel (0 = left) of an interleaved file. */
    public short[] channel(int index) {
        short[] out = new short[samples.length / channels];
        for (int i = 0; i < out.length; i++) {
            out[i] = samples[i * channels + index];
        }
        return out;
    }

    private static String text(byte[] b, int off) {
        return new String(b, off, 4, StandardCharsets.US_ASCII);
    }
}
