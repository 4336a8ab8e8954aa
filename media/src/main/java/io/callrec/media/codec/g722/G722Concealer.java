package io.callrec.media.codec.g722;

/**
 * Packet loss concealment on the 16 kHz output: the last pitch period (found by normalised
 * autocorrelation over 2.5..15 ms of history) is repeated at full level for 10 ms and faded to
 * silence over the next 50 ms; the first 5 ms of the good packet after a loss are cross-faded from
 * the concealment continuation so the re-converging ADPCM state does not click. Buffers are
 * allocated once.
 */
final class G722Concealer {

    private static final int HISTORY = 640;
    private static final int MIN_LAG = 40;
    private static final int MAX_LAG = 240;
    private static final int WINDOW = 160;
    private static final int HOLD = 160;
    private static final int FADE = 800;
    private static final int FADE_IN = 80;

    private final short[] history = new short[HISTORY];
    private int historyFill;
    private int lag;
    private int phase;
    /** Samples concealed in the current loss; 0 when the last call was a decode. */
    private int lossPosition;
    private int fadeInLeft;
    private long samplesConcealed;

    /** True on the first concealment call after good audio (the caller resets its ADPCM memory then). */
    boolean startsLoss() {
        return lossPosition == 0;
    }

    int conceal(short[] out, int offset, int samples) {
        if (lossPosition == 0) {
            lag = historyFill >= MAX_LAG + WINDOW ? pitchLag() : 0;
            phase = 0;
        }
        for (int i = 0; i < samples; i++) {
            out[offset + i] = (short) nextConcealed();
        }
        samplesConcealed += samples;
        fadeInLeft = FADE_IN;
        return samples;
    }

    /** One sample of the repeated, faded pitch period; advances the loss position. */
    private int nextConcealed() {
        int pos = lossPosition++;
        if (lag == 0 || pos >= HOLD + FADE) {
            return 0;
        }
        int v = history[HISTORY - lag + phase];
        phase = phase + 1 == lag ? 0 : phase + 1;
        return pos < HOLD ? v : v * (HOLD + FADE - pos) / FADE;
    }

    /** Records decoded audio as history, cross-fading in place from the concealment after a loss. */
    void afterDecode(short[] pcm, int offset, int count) {
        for (int i = 0; fadeInLeft > 0 && i < count; i++, fadeInLeft--) {
            int w = FADE_IN - fadeInLeft;
            pcm[offset + i] = (short) ((pcm[offset + i] * w + nextConcealed() * (FADE_IN - w)) / FADE_IN);
        }
        lossPosition = 0;
        if (count >= HISTORY) {
            System.arraycopy(pcm, offset + count - HISTORY, history, 0, HISTORY);
        } else {
            System.arraycopy(history, count, history, 0, HISTORY - count);
            System.arraycopy(pcm, offset, history, HISTORY - count, count);
        }
        historyFill = Math.min(HISTORY, historyFill + count);
    }

    /** Lag with the highest normalised correlation between the last WINDOW samples and the ones lag earlier. */
    private int pitchLag() {
        int best = MAX_LAG;
        double bestScore = -1;
        int end = HISTORY;
        for (int l = MIN_LAG; l <= MAX_LAG; l++) {
            double cross = 0;
            double energy = 0;
            for (int i = end - WINDOW; i < end; i++) {
                int past = history[i - l];
                cross += (double) history[i] * past;
                energy += (double) past * past;
            }
            double score = energy > 0 ? cross / Math.sqrt(energy) : 0;
            if (score > bestScore) {
                bestScore = score;
                best = l;
            }
        }
        return best;
    }

    long samplesConcealed() {
        return samplesConcealed;
    }

    void reset() {
        java.util.Arrays.fill(history, (short) 0);
        historyFill = 0;
        lossPosition = 0;
        fadeInLeft = 0;
        lag = 0;
        phase = 0;
    }
}
