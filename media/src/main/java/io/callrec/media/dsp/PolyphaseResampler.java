package io.callrec.media.dsp;

/**
 * Streaming rational resampler (L/M polyphase FIR). The prototype low-pass is a Kaiser-windowed
 * sinc designed at L x input rate: passband to 0.85 of the lower Nyquist frequency (3.4 kHz for
 * 8 kHz output), -6 dB at Nyquist, 80 dB stop-band from 1.15 Nyquist. Only content between 1 and
 * 1.15 Nyquist can alias, and it lands above the passband (3.4..4 kHz at 8 kHz); this halves the
 * filter length against a stop-band starting at Nyquist. Only the phase needed for each output
 * sample is computed; pure decimation of whole blocks takes a faster branch-wise path. The filter
 * is centred on a multiple of M, so it delays the signal by a whole number of output samples
 * ({@link #delayOutputSamples()}) and a caller can compensate exactly; block sizes are free and
 * the state carries across blocks.
 */
public final class PolyphaseResampler {

    private static final double STOP_BAND_DB = 80;

    private final int up;
    private final int down;
    private final int taps;
    /** coefficients[phase * taps + t] = h[phase + t * up]. */
    private final float[] coefficients;
    private float[] buffer;
    /** Decimation only: h in natural order, and the block path's per-branch inputs and sums. */
    private final float[] decimationTaps;
    private float[][] lanes;
    private float[] sums;
    /** Next output position in up-sampled units, relative to the first sample of the next block. */
    private long position;
    private final int delay;

    public PolyphaseResampler(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("rates must be positive: " + inputRate + " -> " + outputRate);
        }
        int g = gcd(inputRate, outputRate);
        up = outputRate / g;
        down = inputRate / g;
        double upRate = (double) inputRate * up;
        double nyquist = Math.min(inputRate, outputRate) / 2.0;
        double cutoff = nyquist / upRate;                  // cycles per up-sampled sample, -6 dB point
        double transition = 0.3 * nyquist / upRate;        // passband to 0.85, stop-band from 1.15 Nyquist
        int minLength = (int) Math.ceil((STOP_BAND_DB - 7.95) / (2.285 * 2 * Math.PI * transition)) + 1;
        int delayOut = (minLength - 1 + 2 * down - 1) / (2 * down);   // centre (length-1)/2 = delayOut * M
        int length = 2 * delayOut * down + 1;
        // Decimation (L = 1) pads to whole branches of M taps for the block path (see decimateBlock).
        taps = up == 1 ? (length + down - 1) / down * down : (length + up - 1) / up;
        double[] h = KaiserSinc.lowPass(length, cutoff, KaiserSinc.beta(STOP_BAND_DB), up);
        coefficients = new float[taps * up];
        for (int p = 0; p < up; p++) {
            for (int t = 0; t < taps && p + t * up < length; t++) {
                coefficients[p * taps + t] = (float) h[p + t * up];
            }
        }
        buffer = new float[taps - 1 + 4096];
        delay = delayOut;
        decimationTaps = new float[up == 1 ? taps : 0];
        for (int j = 0; up == 1 && j < length; j++) {
            decimationTaps[j] = (float) h[j];
        }
    }

    /** Upper bound of output samples for {@code inputLength} input samples. */
    public int maxOutput(int inputLength) {
        return (int) (((long) inputLength * up + down - 1) / down) + 1;
    }

    /** Resamples one block; returns the samples written to {@code out}. */
    public int process(short[] in, int inOffset, int inLength, short[] out, int outOffset) {
        int history = taps - 1;
        if (buffer.length < history + inLength) {
            float[] bigger = new float[history + inLength];
            System.arraycopy(buffer, 0, bigger, 0, history);
            buffer = bigger;
        }
        for (int i = 0; i < inLength; i++) {
            buffer[history + i] = in[inOffset + i];
        }
        if (up == 1 && position == 0 && inLength % down == 0) {
            int n = decimateBlock(inLength / down, out, outOffset);
            System.arraycopy(buffer, inLength, buffer, 0, history);
            return n;
        }
        int o = outOffset;
        long limit = (long) inLength * up;
        while (position < limit) {
            int base = (int) (position / up);
            int phase = (int) (position - (long) base * up);
            float acc = phaseSum(phase * taps, history + base);
            int v = Math.round(acc);
            out[o++] = (short) (v > 32767 ? 32767 : (v < -32768 ? -32768 : v));
            position += down;
        }
        position -= limit;
        System.arraycopy(buffer, inLength, buffer, 0, history);
        return o - outOffset;
    }

    /**
     * Integer decimation of a block that starts on an output instant: y[n] = sum over branches p
     * and taps q of h[qM + p] x[(n - q)M - p]. Each branch is a short FIR on the M-times
     * down-sampled input, gathered into a contiguous lane once per block, so the inner loops read
     * consecutive memory with register-blocked accumulators instead of stride-M dot products.
     */
    private int decimateBlock(int outputs, short[] out, int outOffset) {
        int branches = down;
        int perBranch = taps / down;
        int width = perBranch - 1 + outputs;
        if (lanes == null || lanes[0].length < width) {
            lanes = new float[branches][width];
            sums = new float[outputs];
        } else if (sums.length < outputs) {
            sums = new float[outputs];
        }
        java.util.Arrays.fill(sums, 0, outputs, 0f);
        int history = taps - 1;
        for (int p = 0; p < branches; p++) {
            float[] lane = lanes[p];
            // lane[j] = x[(j - (perBranch - 1)) * M - p], x[i] at buffer[history + i]
            int src = history - (perBranch - 1) * down - p;
            for (int j = 0; j < width; j++, src += down) {
                lane[j] = buffer[src];
            }
            // Eight outputs at a time: every tap is loaded once for eight independent accumulators,
            // enough to keep the floating-point adders busy despite their latency.
            int n = 0;
            for (; n + 7 < outputs; n += 8) {
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                float s4 = 0;
                float s5 = 0;
                float s6 = 0;
                float s7 = 0;
                for (int q = 0, j = n + perBranch - 1; q < perBranch; q++, j--) {
                    float h = decimationTaps[q * down + p];
                    s0 += h * lane[j];
                    s1 += h * lane[j + 1];
                    s2 += h * lane[j + 2];
                    s3 += h * lane[j + 3];
                    s4 += h * lane[j + 4];
                    s5 += h * lane[j + 5];
                    s6 += h * lane[j + 6];
                    s7 += h * lane[j + 7];
                }
                sums[n] += s0;
                sums[n + 1] += s1;
                sums[n + 2] += s2;
                sums[n + 3] += s3;
                sums[n + 4] += s4;
                sums[n + 5] += s5;
                sums[n + 6] += s6;
                sums[n + 7] += s7;
            }
            for (; n < outputs; n++) {
                float s0 = 0;
                for (int q = 0, j = n + perBranch - 1; q < perBranch; q++, j--) {
                    s0 += decimationTaps[q * down + p] * lane[j];
                }
                sums[n] += s0;
            }
        }
        for (int n = 0; n < outputs; n++) {
            int v = Math.round(sums[n]);
            out[outOffset + n] = (short) (v > 32767 ? 32767 : (v < -32768 ? -32768 : v));
        }
        return outputs;
    }

    /** One polyphase branch: four partial sums so the multiply-adds can overlap. */
    private float phaseSum(int c, int x) {
        float a0 = 0;
        float a1 = 0;
        float a2 = 0;
        float a3 = 0;
        int t = 0;
        for (; t + 3 < taps; t += 4) {
            a0 += coefficients[c + t] * buffer[x - t];
            a1 += coefficients[c + t + 1] * buffer[x - t - 1];
            a2 += coefficients[c + t + 2] * buffer[x - t - 2];
            a3 += coefficients[c + t + 3] * buffer[x - t - 3];
        }
        for (; t < taps; t++) {
            a0 += coefficients[c + t] * buffer[x - t];
        }
        return (a0 + a1) + (a2 + a3);
    }

    /** Group delay of the filter in output samples (it is linear-phase), a whole number. */
    public int delayOutputSamples() {
        return delay;
    }

    public void reset() {
        java.util.Arrays.fill(buffer, 0f);
        position = 0;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
