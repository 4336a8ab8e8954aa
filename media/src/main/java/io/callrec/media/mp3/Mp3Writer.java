package io.callrec.media.mp3;

import io.callrec.media.mix.SampleSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streaming constant-bit-rate MP3 file from interleaved 16-bit PCM, the MP3 counterpart of
 * {@link io.callrec.media.wav.WavWriter}. The encoder starts the stream with a placeholder frame;
 * on {@link #close()} it is overwritten by the Info/LAME tag frame (frame count, encoder delay and
 * padding) so players and ffprobe report the exact duration. Not thread-safe; one per file.
 */
public final class Mp3Writer implements SampleSink, AutoCloseable {

    private final Mp3Settings settings;
    private final FileChannel channel;
    private final FrameEncoder encoder;
    private final byte[] out = new byte[FrameEncoder.outputBound(FrameEncoder.BLOCK_FRAMES)];
    private final ByteBuffer outBuffer = ByteBuffer.wrap(out);
    private long frames;
    private long bytes;
    private boolean closed;

    /** Default bit rate for the rate and channels (see {@link Mp3Settings}), best available encoder. */
    public Mp3Writer(Path path, int sampleRate, int channels) throws IOException {
        this(path, Mp3Settings.defaults(sampleRate, channels), EncoderChoice.AUTO);
    }

    public Mp3Writer(Path path, Mp3Settings settings) throws IOException {
        this(path, settings, EncoderChoice.AUTO);
    }

    public Mp3Writer(Path path, Mp3Settings settings, EncoderChoice choice) throws IOException {
        this.settings = settings;
        this.encoder = Encoders.open(settings, choice);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } finally {
            if (ch == null) {
                encoder.close();
            }
        }
        channel = ch;
    }

    /** {@code samples} counts values in {@code interleaved}: a whole number of frames. */
    @Override
    public void write(short[] interleaved, int offset, int samples) throws IOException {
        if (closed) {
            throw new IllegalStateException("MP3 writer is closed");
        }
        int ch = settings.channels();
        if (samples < 0 || samples % ch != 0 || offset < 0 || offset > interleaved.length - samples) {
            throw new IllegalArgumentException(samples + " samples at " + offset + " is not whole "
                    + ch + "-channel frames inside an array of " + interleaved.length);
        }
        int pos = offset;
        int left = samples / ch;
        while (left > 0) {
            int n = Math.min(left, FrameEncoder.BLOCK_FRAMES);
            emit(encoder.encode(interleaved, pos, n, out));
            pos += n * ch;
            left -= n;
            frames += n;
        }
    }

    private void emit(int n) throws IOException {
        outBuffer.limit(n).position(0);
        while (outBuffer.hasRemaining()) {
            channel.write(outBuffer);
        }
        bytes += n;
    }

    public Mp3Settings settings() {
        return settings;
    }

    /** Name and version of the encoder in use. */
    public String encoderDescription() {
        return encoder.description();
    }

    /** PCM frames (samples per channel) accepted so far. */
    public long frames() {
        return frames;
    }

    /** MP3 bytes written so far (the whole file once closed). */
    public long bytesWritten() {
        return bytes;
    }

    /** Flushes the encoder, writes the tag frame at the start and closes the file; idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel ch = channel; FrameEncoder enc = encoder) {
            emit(enc.flush(out));
            int tag = enc.lameTag(out);
            if (tag > bytes) {
                throw new IOException("LAME tag frame (" + tag + " bytes) is longer than the stream");
            }
            outBuffer.limit(tag).position(0);
            long at = 0;
            while (outBuffer.hasRemaining()) {
                at += ch.write(outBuffer, at);
            }
        }
    }
}
