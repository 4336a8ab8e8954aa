package io.callrec.media.mp3;

import java.io.IOException;

/**
 * One LAME encoder instance (native or jump3r) fed with interleaved 16-bit frames. Both follow
 * the LAME API contract: encode returns whole MP3 frames as they complete, flush emits the rest,
 * and after flush the LAME/Info tag frame replaces the placeholder frame at the file start.
 */
interface FrameEncoder extends AutoCloseable {

    /** Largest number of frames (samples per channel) one {@link #encode} call accepts. */
    int BLOCK_FRAMES = 4096;

    /** LAME's documented worst case for an output buffer: 1.25 x samples + 7200 bytes (lame.h). */
    static int outputBound(int frames) {
        return frames + (frames + 3) / 4 + 7200;
    }

    /** Encodes {@code frames} (at most {@link #BLOCK_FRAMES}) into {@code out}; returns bytes produced. */
    int encode(short[] interleaved, int offset, int frames, byte[] out) throws IOException;

    /** Encodes buffered samples and pads the last frame; returns bytes produced. */
    int flush(byte[] out) throws IOException;

    /** After {@link #flush}: the Info/LAME tag frame for the file start, or 0 when none. */
    int lameTag(byte[] out) throws IOException;

    /** Human-readable name and version for logs and reports. */
    String description();

    /** Frees the encoder (native memory for LAME); idempotent. */
    @Override
    void close();
}
