package io.callrec.media.mix;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Merge pass over the per-leg tracks in fixed-size blocks, so memory does not depend on call
 * length. Mono sums every leg with saturation; stereo puts the first leg left and the second
 * right. Sources shorter than the longest one are padded with silence.
 */
public final class PcmMixer {

    private static final int BLOCK = 4096;

    private final short[] input = new short[BLOCK];
    private final int[] sum = new int[BLOCK];
    private final short[] output = new short[BLOCK * 2];

    /** Writes {@code totalSamples} frames; returns the number of frames written. */
    public long mono(List<? extends SampleSource> sources, long totalSamples, SampleSink sink) throws IOException {
        long done = 0;
        while (done < totalSamples) {
            int n = (int) Math.min(BLOCK, totalSamples - done);
            Arrays.fill(sum, 0, n, 0);
            for (SampleSource s : sources) {
                int got = fill(s, n);
                for (int i = 0; i < got; i++) {
                    sum[i] += input[i];
                }
            }
            for (int i = 0; i < n; i++) {
                output[i] = Saturation.clip(sum[i]);
            }
            sink.write(output, 0, n);
            done += n;
        }
        return done;
    }

    /** Left = {@code left}, right = {@code right}; either may be null for a silent side. */
    public long stereo(SampleSource left, SampleSource right, long totalSamples, SampleSink sink) throws IOException {
        long done = 0;
        while (done < totalSamples) {
            int n = (int) Math.min(BLOCK, totalSamples - done);
            Arrays.fill(output, 0, 2 * n, (short) 0);
            interleave(left, n, 0);
            interleave(right, n, 1);
            sink.write(output, 0, 2 * n);
            done += n;
        }
        return done;
    }

    private void interleave(SampleSource s, int n, int channel) throws IOException {
        if (s == null) {
            return;
        }
        int got = fill(s, n);
        for (int i = 0; i < got; i++) {
            output[2 * i + channel] = input[i];
        }
    }

    /** Reads up to n samples into {@code input}; a short result means the source has ended. */
    private int fill(SampleSource s, int n) throws IOException {
        int total = 0;
        while (total < n) {
            int got = s.read(input, total, n - total);
            if (got <= 0) {
                break;
            }
            total += got;
        }
        return total;
    }
}
