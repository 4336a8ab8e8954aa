package io.callrec.media.dsp;

/**
 * Streaming rational resampler (L/M polyphase FIR). The prototype low-pass is a Kaiser-windowed
 * sinc designed at L x input rate with its cut-off at 0.925 of the lower Nyquist frequency and
 * 80 dB stop-band from that Nyquist frequency on (passband to 0.85 Nyquist, e.g. 3.4 kHz for 8 kHz
 * output). Only the L-th phase needed for each output sample is computed. The filter is centred
 * on a multiple of M, so it delays the signal by a whole number of output samples
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
        double cutoff = 0.925 * nyquist / upRate;          // cycles per up-sampled sample
        double transition = 0.15 * nyquist / upRate;
        int minLength = (int) Math.ceil((STOP_BAND_DB - 7.95) / (2.285 * 2 * Math.PI * transition)) + 1;
        int delayOut = (minLength - 1 + 2 * down - 1) / (2 * down);   // centre (length-1)/2 = delayOut * M
        int length = 2 * delayOut * down + 1;
        taps = (length + up - 1) / up;
        double[] h = KaiserSinc.lowPass(length, cutoff, KaiserSinc.beta(STOP_BAND_DB), up);
        coefficients = new float[taps * up];
        for (int p = 0; p < up; p++) {
            for (int t = 0; t < taps && p + t * up < length; t++) {
                coefficients[p * taps + t] = (float) h[p + t * up];
            }
        }
        buffer = new float[taps - 1 + 4096];
        delay = delayOut;
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
        int o = outOffset;
        long limit = (long) inLength * up;
        while (position < limit) {
            int base = (int) (position / up);
            int phase = (int) (position - (long) base * up);
            int c = phase * taps;
            int x = history + base;
            float acc = 0;
            for (int t = 0; t < taps; t++) {
                acc += coefficients[c + t] * buffer[x - t];
            }
            int v = Math.round(acc);
            out[o++] = (short) (v > 32767 ? 32767 : (v < -32768 ? -32768 : v));
            position += down;
        }
        position -= limit;
        System.arraycopy(buffer, inLength, buffer, 0, history);
        return o - outOffset;
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
