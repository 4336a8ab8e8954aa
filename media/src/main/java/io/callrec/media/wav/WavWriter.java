package io.callrec.media.wav;

import io.callrec.media.mix.SampleSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Canonical 44-byte RIFF/WAVE header (format tag 1 = PCM, 16 bits) followed by little-endian
 * interleaved samples. The RIFF and data chunk sizes are unknown while streaming, so they are
 * written as zero and patched in place on {@link #close()}.
 */
public final class WavWriter implements SampleSink, AutoCloseable {

    public static final int HEADER_BYTES = 44;
    private static final long MAX_DATA = 0xFFFF_FFFFL - 36;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    private long dataBytes;
    private boolean closed;

    public WavWriter(Path path, int sampleRate, int channels) throws IOException {
        channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        int blockAlign = channels * 2;
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put(ascii("RIFF")).putInt(0).put(ascii("WAVE"));
        h.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(sampleRate).putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) 16);
        h.put(ascii("data")).putInt(0);
        h.flip();
        while (h.hasRemaining()) {
            channel.write(h);
        }
    }

    @Override
    public void write(short[] interleaved, int offset, int samples) throws IOException {
        if (dataBytes + 2L * samples > MAX_DATA) {
            throw new IOException("WAV data would exceed the 4 GiB RIFF limit");
        }
        for (int i = 0; i < samples; i++) {
            if (buffer.remaining() < 2) {
                drain();
            }
            buffer.putShort(interleaved[offset + i]);
        }
        dataBytes += 2L * samples;
    }

    public long dataBytes() {
        return dataBytes;
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            drain();
            ByteBuffer size = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            size.putInt(0, (int) (36 + dataBytes));
            channel.write(size, 4);
            size.clear();
            size.putInt(0, (int) dataBytes);
            channel.write(size, 40);
        } finally {
            channel.close();
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
