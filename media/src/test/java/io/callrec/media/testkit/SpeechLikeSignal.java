package io.callrec.media.testkit;

import java.util.Random;

/**
 * Deterministic speech-like 8 kHz PCM for encoder benchmarks: "syllables" of a glottal pulse
 * train (90-220 Hz) through two formant resonators, fricative noise bursts, and pauses with a
 * low noise floor, each under a smooth envelope. Not speech, but it keeps an MP3 encoder as busy
 * as speech does (changing spectra, transients, silence), unlike a steady tone.
 */
public final class SpeechLikeSignal {

    private SpeechLikeSignal() {
    }

    public static short[] generate(int sampleRate, long samples, long seed) {
        if (samples > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many samples for one array: " + samples);
        }
        short[] out = new short[(int) samples];
        Random rnd = new Random(seed);
        Resonator f1 = new Resonator();
        Resonator f2 = new Resonator();
        int pos = 0;
        double phase = 0;
        double hp = 0;
        while (pos < out.length) {
            int kind = rnd.nextInt(10); // 0-5 voiced, 6-7 fricative, 8-9 pause
            int length = Math.min(out.length - pos, sampleRate * (80 + rnd.nextInt(320)) / 1000);
            double f0 = 90 + rnd.nextDouble() * 130;
            double glide = (rnd.nextDouble() - 0.5) * 40 / Math.max(1, length);
            f1.tune(300 + rnd.nextDouble() * 500, 80, sampleRate);
            f2.tune(900 + rnd.nextDouble() * 1300, 120, sampleRate);
            double gain = kind < 8 ? 2000 + rnd.nextDouble() * 6000 : 30;
            for (int i = 0; i < length; i++) {
                double env = Math.sin(Math.PI * i / length);
                double noise = rnd.nextGaussian();
                double x;
                if (kind < 6) {
                    phase += (f0 + glide * i) / sampleRate;
                    double pulse = 0;
                    if (phase >= 1) {
                        phase -= 1;
                        pulse = 40;
                    }
                    x = f2.next(f1.next(pulse + 0.05 * noise)) * 0.02;
                } else {
                    hp = noise - 0.9 * hp; // first-order high-pass tilt for hiss
                    x = hp * 0.3;
                }
                int v = (int) Math.round(gain * env * x);
                out[pos + i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
            }
            pos += length;
        }
        return out;
    }

    /** Two-pole resonator y[n] = x[n] + 2r cos(w) y[n-1] - r^2 y[n-2]. */
    private static final class Resonator {
        private double a1;
        private double a2;
        private double y1;
        private double y2;

        void tune(double hz, double bandwidth, int sampleRate) {
            double r = Math.exp(-Math.PI * bandwidth / sampleRate);
            a1 = 2 * r * Math.cos(2 * Math.PI * hz / sampleRate);
            a2 = -r * r;
        }

        double next(double x) {
            double y = x + a1 * y1 + a2 * y2;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
