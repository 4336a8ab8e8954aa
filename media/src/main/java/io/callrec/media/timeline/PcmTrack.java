package io.callrec.media.timeline;

import io.callrec.media.mix.SampleSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One leg's mono PCM, addressed by absolute sample position. Writes land in a ring window of
 * {@link #WINDOW} samples (about 4 s at 8 kHz), which absorbs reordering and overlaps; samples
 * that fall out of the window are appended to a temporary file, gaps as explicit zeros. Memory
 * is constant no matter how long the call is. An optional {@link SpanGate} refuses samples captured
 * outside the recorded spans before they reach the ring, so they are in no file, not even this one.
 */
public final class PcmTrack implements AutoCloseable {

    public static final int WINDOW = 1 << 15;
    private static final int MASK = WINDOW - 1;

    private final Path directory;
    private static final short[] ZEROS = new short[4096];

    private final ByteBuffer io = ByteBuffer.allocateDirect(32 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    /** {@link #io} seen as samples, for bulk copies at its (always even) byte position. */
    private final ShortBuffer ioSamples = io.asShortBuffer();
    private short[] ring;
    private Path path;
    private FileChannel file;
    private long base;
    private long end;
    private long lateSamples;
    private final SpanGate gate;
    private long refusedSamples;

    /** The temporary file is created in {@code directory} on the first flush. */
    public PcmTrack(Path directory) {
        this(directory, null);
    }

    /** Keeps only the samples {@code gate} admits (null = all). */
    public PcmTrack(Path directory, SpanGate gate) {
        this.directory = directory;
        this.gate = gate;
    }

    /** The capture-to-track offset of the packet being written, for the gate (see {@link SpanGate#follow}). */
    void follow(long trackMinusCapture) {
        if (gate != null) {
            gate.follow(trackMinusCapture);
        }
    }

    /** Whether a sample at {@code position} would be kept (under the current packet's capture offset). */
    boolean admits(long position) {
        return gate == null || gate.admits(position);
    }

    /**
     * Places samples at {@code position}; returns how many were taken (earlier than the window =
     * dropped and not counted; refused by the gate = taken and discarded).
     */
    public int write(long position, short[] samples, int offset, int count) throws IOException {
        if (gate == null) {
            return place(position, samples, offset, count);
        }
        int taken = 0;
        int i = 0;
        while (i < count) {
            long p = position + i;
            int run = (int) Math.min(count - i, gate.runEnd(p) - p);
            if (gate.admits(p)) {
                taken += place(p, samples, offset + i, run);
            } else {
                refusedSamples += run;
                taken += run;
            }
            i += run;
        }
        return taken;
    }

    /** Places a run longer than the window (a long concealed or silent stretch) a window at a time. */
    private int place(long position, short[] samples, int offset, int count) throws IOException {
        int taken = 0;
        for (int done = 0; done < count; done += WINDOW) {
            taken += placeInWindow(position + done, samples, offset + done, Math.min(WINDOW, count - done));
        }
        return taken;
    }

    private int placeInWindow(long position, short[] samples, int offset, int count) throws IOException {
        if (ring == null) {
            ring = new short[WINDOW];
        }
        int skip = (int) Math.min(count, Math.max(0, base - position));
        lateSamples += skip;
        long start = position + skip;
        int n = count - skip;
        if (n == 0) {
            return 0;
        }
        if (start + n > base + WINDOW) {
            advance(start + n - WINDOW);
        }
        // At most two copies: up to the ring's end, then from its start.
        int at = (int) (start & MASK);
        int first = Math.min(n, WINDOW - at);
        System.arraycopy(samples, offset + skip, ring, at, first);
        System.arraycopy(samples, offset + skip + first, ring, 0, n - first);
        end = Math.max(end, start + n);
        return n;
    }

    /** Samples the gate refused: captured outside the recorded spans, never stored. */
    public long refusedSamples() {
        return refusedSamples;
    }

    /** Total length in samples, including leading and inner silence. */
    public long length() {
        return end;
    }

    /** Samples that arrived too late for the window and were dropped. */
    public long lateSamples() {
        return lateSamples;
    }

    /**
     * Flushes everything and returns a sequential reader starting at sample {@code from}; a negative
     * {@code from} reads that many samples of silence first (a leg placed later than its track's start).
     */
    public SampleSource finish(long from) throws IOException {
        advance(end);
        drain();
        return new Reader(2 * Math.max(0, from), Math.max(0, -from));
    }

    /** Moves the window start to {@code newBase}, writing what leaves it (zeros beyond the ring). */
    private void advance(long newBase) throws IOException {
        long ringEnd = base + WINDOW;
        long flushTo = Math.min(newBase, ringEnd);
        // Whole runs at a time: each run is contiguous in the ring and fits the output buffer.
        for (long p = base; p < flushTo; ) {
            int i = (int) (p & MASK);
            int n = (int) Math.min(Math.min(flushTo - p, WINDOW - i), room());
            if (ring == null) {
                put(ZEROS, 0, Math.min(n, ZEROS.length));
                p += Math.min(n, ZEROS.length);
            } else {
                put(ring, i, n);
                java.util.Arrays.fill(ring, i, i + n, (short) 0);
                p += n;
            }
        }
        for (long p = ringEnd; p < newBase; ) {
            int n = (int) Math.min(Math.min(newBase - p, ZEROS.length), room());
            put(ZEROS, 0, n);
            p += n;
        }
        base = Math.max(base, newBase);
    }

    /** Samples the output buffer can take before it must be drained (drains it when full). */
    private int room() throws IOException {
        if (io.remaining() < 2) {
            drain();
        }
        return io.remaining() / 2;
    }

    private void put(short[] from, int offset, int count) {
        ioSamples.put(io.position() / 2, from, offset, count);
        io.position(io.position() + 2 * count);
    }

    private void drain() throws IOException {
        io.flip();
        if (io.hasRemaining() && file == null) {
            // Named as a temporary (".part"), like the audio being written beside it: a process killed
            // mid-conversion leaves it for the orphan sweep, and nothing takes it for a recording.
            path = Files.createTempFile(directory, ".callrec-leg-", ".pcm.part");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        while (io.hasRemaining()) {
            file.write(io);
        }
        io.clear();
    }

    @Override
    public void close() throws IOException {
        try {
            if (file != null) {
                file.close();
            }
        } finally {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Reads the flushed file from the start; closing it leaves the track to {@link #close()}. */
    private final class Reader implements SampleSource {
        private final ByteBuffer in = ByteBuffer.allocateDirect(32 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        /** {@link #in} seen as samples; its position stays even (compact moves it to 0, reads take pairs). */
        private final ShortBuffer inSamples = in.asShortBuffer();
        private long filePosition;
        private long silence;

        private Reader(long startByte, long leadingSilence) {
            filePosition = startByte;
            silence = leadingSilence;
            in.limit(0);
        }

        @Override
        public int read(short[] out, int offset, int max) throws IOException {
            if (silence > 0) {
                int n = (int) Math.min(max, silence);
                java.util.Arrays.fill(out, offset, offset + n, (short) 0);
                silence -= n;
                return n;
            }
            if (in.remaining() < 2) {
                if (file == null) {
                    return 0;
                }
                in.compact();
                int got = file.read(in, filePosition);
                if (got > 0) {
                    filePosition += got;
                }
                in.flip();
                if (in.remaining() < 2) {
                    return 0;
                }
            }
            int n = Math.min(max, in.remaining() / 2);
            inSamples.get(in.position() / 2, out, offset, n);
            in.position(in.position() + 2 * n);
            return n;
        }

        @Override
        public void close() {
            in.clear();
        }
    }
}
