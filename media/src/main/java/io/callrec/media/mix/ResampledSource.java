package io.callrec.media.mix;

import io.callrec.media.dsp.SincKernel;
import java.io.IOException;

/**
 * Reads another source at a different rate: output sample n is the band-limited value of the
 * input at position {@code start + n * step} (input samples). {@code step} combines the rate
 * ratio (0.5 for 8 to 16 kHz) with a clock-drift correction (1.001 when the leg's RTP clock ran
 * 0.1 % fast). Input before sample 0 and after its end is silence, so the output never ends.
 */
public final class ResampledSource implements SampleSource {

    private static final int BLOCK = 4096;

    private final SampleSource in;
    private final SincKernel kernel;
    private final double step;
    private final int half;
    private final float[] buffer;
    private final short[] raw = new short[BLOCK];
    /** Input index of buffer[0]. */
    private long bufferStart;
    private int bufferLength;
    private long sourcePosition;
    private boolean ended;
    private long produced;
    private final double start;

    public ResampledSource(SampleSource in, double start, double step, SincKernel kernel) {
        this.in = in;
        this.kernel = kernel;
        this.step = step;
        this.start = start;
        this.half = kernel.halfWidth();
        this.buffer = new float[BLOCK + 2 * half + 2];
        bufferStart = (long) Math.floor(start) - half + 1;
    }

    @Override
    public int read(short[] out, int offset, int max) throws IOException {
        for (int i = 0; i < max; i++) {
            double position = start + produced * step;
            long center = (long) Math.floor(position);
            long lastNeeded = center + half;
            while (bufferStart + bufferLength <= lastNeeded) {
                refill(center - half + 1);
            }
            double v = kernel.apply(buffer, (int) (center - bufferStart), position - center);
            out[offset + i] = Saturation.clip((int) Math.round(v));
            produced++;
        }
        return max;
    }

    /** Drops input before {@code keepFrom} and appends the next samples (silence before 0 and after the end). */
    private void refill(long keepFrom) throws IOException {
        int drop = (int) Math.max(0, Math.min(bufferLength, keepFrom - bufferStart));
        System.arraycopy(buffer, drop, buffer, 0, bufferLength - drop);
        bufferLength -= drop;
        bufferStart += drop;
        if (bufferLength == 0) {
            bufferStart = Math.max(bufferStart, keepFrom);
        }
        long next = bufferStart + bufferLength;
        int room = buffer.length - bufferLength;
        if (next < 0) {
            int zeros = (int) Math.min(room, -next);
            java.util.Arrays.fill(buffer, bufferLength, bufferLength + zeros, 0f);
            bufferLength += zeros;
            return;
        }
        int got = ended ? 0 : readInput(next, room);
        if (got <= 0) {
            ended = true;
            java.util.Arrays.fill(buffer, bufferLength, buffer.length, 0f);
            bufferLength = buffer.length;
            return;
        }
        for (int i = 0; i < got; i++) {
            buffer[bufferLength++] = raw[i];
        }
        sourcePosition += got;
    }

    /** Reads up to {@code room} samples starting at input index {@code next} into {@code raw}. */
    private int readInput(long next, int room) throws IOException {
        while (sourcePosition < next) {
            int skip = in.read(raw, 0, (int) Math.min(raw.length, next - sourcePosition));
            if (skip <= 0) {
                return 0;
            }
            sourcePosition += skip;
        }
        return in.read(raw, 0, Math.min(room, raw.length));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
