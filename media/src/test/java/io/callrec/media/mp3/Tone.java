package io.callrec.media.mp3;

/** Test signals: a sine per channel (left 1 kHz, right 700 Hz) at half of full scale. */
final class Tone {

    static final double AMPLITUDE = 16384;
    static final double[] FREQUENCIES = {1000, 700};

    private Tone() {
    }

    static short[] interleaved(int sampleRate, int channels, double seconds) {
        int frames = (int) Math.round(seconds * sampleRate);
        short[] pcm = new short[frames * channels];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                pcm[i * channels + c] = (short) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * FREQUENCIES[c] * i / sampleRate));
            }
        }
        return pcm;
    }

    static double[] channel(short[] interleaved, int channels, int channel) {
        double[] x = new double[interleaved.length / channels];
        for (int i = 0; i < x.length; i++) {
            x[i] = interleaved[i * channels + channel];
        }
        return x;
    }

    static double rms(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    /** Frequency from the number of sign changes (two per period). */
    static double zeroCrossingHz(double[] x, int from, int to, int sampleRate) {
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((x[i - 1] < 0) != (x[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 * sampleRate / (to - from);
    }

    /**
     * SNR of {@code decoded} against {@code reference} over [from, to) of the reference, at the lag
     * (|lag| up to maxLag) that best aligns them: decoders differ in how much encoder delay they trim.
     */
    static double snrDb(double[] reference, double[] decoded, int from, int to, int maxLag) {
        int bestLag = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double c = 0;
            for (int i = from; i < to; i++) {
                int j = i + lag;
                if (j >= 0 && j < decoded.length) {
                    c += reference[i] * decoded[j];
                }
            }
            if (c > best) {
                best = c;
                bestLag = lag;
            }
        }
        double signal = 0;
        double noise = 0;
        for (int i = from; i < to; i++) {
            int j = i + bestLag;
            double d = j >= 0 && j < decoded.length ? decoded[j] : 0;
            signal += reference[i] * reference[i];
            noise += (d - reference[i]) * (d - reference[i]);
        }
        return 10 * Math.log10(signal / Math.max(noise, 1e-9));
    }
}
