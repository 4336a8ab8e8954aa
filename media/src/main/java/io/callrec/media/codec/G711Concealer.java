package io.callrec.media.codec;

/**
 * Packet loss concealment for G.711 in the manner of ITU-T G.711 Appendix I: the decoder keeps
 * the last 48.75 ms of output; on loss the pitch period (2.5-15 ms, 20-120 samples at 8 kHz) is
 * found by normalised cross-correlation of the newest 20 ms against the history, and the last
 * pitch period is repeated. After the first 10 ms the repeated span grows to two and then three
 * periods (Appendix I §I.2.3, less buzz), and the output is attenuated linearly by 20 % per 10 ms
 * so that it reaches silence 60 ms into the loss. Received samples are never modified: the
 * Appendix's 3.75 ms output delay and overlap-add at the loss edges are not used, so decoded
 * packets stay bit-exact table lookups.
 */
final class G711Concealer {

    static final int HISTORY = 390;
    private static final int MIN_PITCH = 20;
    private static final int MAX_PITCH = 120;
    private static final int CORRELATION = 160;
    private static final int STEP_SAMPLES = 80;
    private static final int FADE_STEPS = 5;

    private final short[] history = new short[HISTORY];
    private int filled;
    private int pitch;
    /** Samples concealed since the last received packet; 0 = not in a loss. */
    private int lostSamples;

    /** Records decoded output (called once per decoded packet). */
    void received(short[] pcm, int offset, int count) {
        lostSamples = 0;
        if (count >= HISTORY) {
            System.arraycopy(pcm, offset + count - HISTORY, history, 0, HISTORY);
        } else {
            System.arraycopy(history, count, history, 0, HISTORY - count);
            System.arraycopy(pcm, offset, history, HISTORY - count, count);
        }
        filled = Math.min(HISTORY, filled + count);
    }

    int conceal(short[] out, int offset, int samples) {
        if (filled < MAX_PITCH + CORRELATION / 2) {
            java.util.Arrays.fill(out, offset, offset + samples, (short) 0);
            lostSamples += samples;
            return samples;
        }
        if (lostSamples == 0) {
            pitch = findPitch();
        }
        for (int i = 0; i < samples; i++, lostSamples++) {
            int step = lostSamples / STEP_SAMPLES;
            if (step > FADE_STEPS) {
                out[offset + i] = 0;
                continue;
            }
            int periods = Math.min(3, 1 + step);
            int span = Math.min(HISTORY / pitch, periods) * pitch;
            short s = history[HISTORY - span + lostSamples % span];
            int gain = step == 0 ? 1024 : 1024 - (1024 * (lostSamples - STEP_SAMPLES)) / (FADE_STEPS * STEP_SAMPLES);
            out[offset + i] = (short) ((s * Math.max(0, gain)) >> 10);
        }
        return samples;
    }

    /** Lag in [MIN_PITCH, MAX_PITCH] maximising the normalised correlation of the newest samples. */
    private int findPitch() {
        int start = HISTORY - CORRELATION / 2;
        double best = -Double.MAX_VALUE;
        int bestLag = MAX_PITCH;
        for (int lag = MIN_PITCH; lag <= MAX_PITCH; lag++) {
            double xy = 0;
            double yy = 1;
            for (int i = 0; i < CORRELATION / 2; i++) {
                int x = history[start + i];
                int y = history[start + i - lag];
                xy += (double) x * y;
                yy += (double) y * y;
            }
            double score = xy / Math.sqrt(yy);
            if (score > best) {
                best = score;
                bestLag = lag;
            }
        }
        return bestLag;
    }
}
