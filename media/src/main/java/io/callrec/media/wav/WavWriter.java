package io.callrec.media.wav;

import io.callrec.media.codec.G711Encoder;
import io.callrec.media.mix.SampleSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Canonical 44-byte RIFF/WAVE header (format tag 1 = PCM, 16 bits) followed by little-endian
 * interleaved samples, or a 58-byte header (fmt with cbSize, "fact") and 8-bit G.711 samples
 * encoded from the 16-bit input. The RIFF, fact and data sizes are unknown while streaming, so
 * the header is first written for an empty file and its sizes are patched in place on {@link #close()}.
 * Short audio known in advance (the announcements served to the switch) is written in memory by
 * {@link #inMemory}, with the same header.
 */
public final class WavWriter implements SampleSink, AutoCloseable {

    public static final int HEADER_BYTES = 44;
    private static final long MAX_DATA = 0xFFFF_FFFFL - 36;

    private final FileChannel channel;
    private final WavEncoding encoding;
    private final int channels;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    /** {@link #buffer} as 16-bit samples: PCM is copied in bulk (its byte position stays even). */
    private final ShortBuffer bufferSamples = buffer.asShortBuffer();
    private long dataBytes;
    private boolean closed;

    public WavWriter(Path path, int sampleRate, int channels) throws IOException {
        this(path, sampleRate, channels, WavEncoding.PCM_16);
    }

    public WavWriter(Path path, int sampleRate, int channels, WavEncoding encoding) throws IOException {
        this.encoding = encoding;
        this.channels = channels;
        channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        ByteBuffer h = header(sampleRate, channels, encoding, 0, 0);
        while (h.hasRemaining()) {
            channel.write(h);
        }
    }

    /**
     * The whole file in memory: the header and samples the streaming writer would write for
     * {@code interleaved}, plus RIFF's zero pad byte after a data chunk of odd size (counted in the
     * RIFF size), since here the end is known before the header is written.
     */
    public static byte[] inMemory(short[] interleaved, int sampleRate, int channels, WavEncoding encoding) {
        long dataBytes = (long) encoding.bytesPerSample * interleaved.length;
        if (dataBytes > MAX_DATA) {
            throw new IllegalArgumentException("WAV data would exceed the 4 GiB RIFF limit");
        }
        int pad = (int) (dataBytes & 1);
        ByteBuffer file = ByteBuffer.allocate(encoding.headerBytes() + (int) dataBytes + pad)
                .order(ByteOrder.LITTLE_ENDIAN);
        file.put(header(sampleRate, channels, encoding, dataBytes, pad));
        for (short v : interleaved) {
            put(file, encoding, v);
        }
        return file.array();
    }

    /** The header of a file whose data chunk holds {@code dataBytes}, followed by {@code pad} bytes. */
    private static ByteBuffer header(int sampleRate, int channels, WavEncoding encoding, long dataBytes, int pad) {
        int header = encoding.headerBytes();
        int blockAlign = channels * encoding.bytesPerSample;
        ByteBuffer h = ByteBuffer.allocate(header).order(ByteOrder.LITTLE_ENDIAN);
        h.put(ascii("RIFF")).putInt((int) (header - 8 + dataBytes + pad)).put(ascii("WAVE"));
        boolean pcm = encoding == WavEncoding.PCM_16;
        h.put(ascii("fmt ")).putInt(pcm ? 16 : 18).putShort((short) encoding.formatTag).putShort((short) channels)
                .putInt(sampleRate).putInt(sampleRate * blockAlign).putShort((short) blockAlign)
                .putShort((short) (8 * encoding.bytesPerSample));
        if (!pcm) {
            h.putShort((short) 0).put(ascii("fact")).putInt(4).putInt((int) (dataBytes / blockAlign));
        }
        h.put(ascii("data")).putInt((int) dataBytes);
        return h.flip();
    }

    @Override
    public void write(short[] interleaved, int offset, int samples) throws IOException {
        long bytes = (long) encoding.bytesPerSample * samples;
        if (dataBytes + bytes > MAX_DATA) {
            throw new IOException("WAV data would exceed the 4 GiB RIFF limit");
        }
        if (encoding == WavEncoding.PCM_16) {
            for (int done = 0; done < samples; ) {
                if (buffer.remaining() < 2) {
                    drain();
                }
                int n = Math.min(samples - done, buffer.remaining() / 2);
                bufferSamples.put(buffer.position() / 2, interleaved, offset + done, n);
                buffer.position(buffer.position() + 2 * n);
                done += n;
            }
        } else {
            for (int i = 0; i < samples; i++) {
                if (buffer.remaining() < 2) {
                    drain();
                }
                put(buffer, encoding, interleaved[offset + i]);
            }
        }
        dataBytes += bytes;
    }

    private static void put(ByteBuffer into, WavEncoding encoding, short v) {
        switch (encoding) {
            case ALAW -> into.put(G711Encoder.alaw(v));
            case ULAW -> into.put(G711Encoder.ulaw(v));
            default -> into.putShort(v);
        }
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
            int header = encoding.headerBytes();
            ByteBuffer size = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            size.putInt(0, (int) (header - 8 + dataBytes));
            channel.write(size, 4);
            size.clear();
            size.putInt(0, (int) dataBytes);
            channel.write(size, header - 4);
            if (encoding != WavEncoding.PCM_16) {
                size.clear();
                size.putInt(0, (int) (dataBytes / encoding.bytesPerSample / channels));
                channel.write(size, 46);
            }
        } finally {
            channel.close();
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
