package io.callrec.media.mix;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.dsp.SincKernel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ResampledSourceTest {

    /** A source over an array, in small reads. */
    private static SampleSource of(short[] s) {
        return new SampleSource() {
            private int at;

            @Override
            public int read(short[] out, int offset, int max) {
                int n = Math.min(Math.min(max, 333), s.length - at);
                System.arraycopy(s, at, out, offset, Math.max(0, n));
                at += Math.max(0, n);
                return Math.max(0, n);
            }

            @Override
            public void close() {
            }
        };
    }

    private static short[] sine(double hz, int rate, int n, double amplitude) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    /** Goertzel power of {@code hz} in s[from, to). */
    private static double power(short[] s, int from, int to, double hz, int rate) {
        double w = 2 * Math.cos(2 * Math.PI * hz / rate);
        double a = 0;
        double b = 0;
        for (int i = from; i < to; i++) {
            double c = s[i] + w * a - b;
            b = a;
            a = c;
        }
        return a * a + b * b - w * a * b;
    }

    private static short[] read(SampleSource s, int n) throws IOException {
        short[] out = new short[n];
        int got = 0;
        while (got < n) {
            got += s.read(out, got, n - got);
        }
        return out;
    }

    @Test
    void upsampling8To16KilohertzKeepsAToneAndRejectsItsImage() throws IOException {
        short[] in = sine(1000, 8000, 8000, 10000);
        short[] out = read(new ResampledSource(of(in), 0, 0.5, SincKernel.forRates(8000, 16000)), 16000);
        double err = 0;
        double sig = 0;
        short[] ideal = sine(1000, 16000, 16000, 10000);
        for (int i = 200; i < 15800; i++) {
            err += Math.pow(out[i] - ideal[i], 2);
            sig += Math.pow(ideal[i], 2);
        }
        assertThat(10 * Math.log10(sig / err)).as("SNR against the ideal 16 kHz tone").isGreaterThan(50);
        double image = power(out, 200, 15800, 7000, 16000);
        double tone = power(out, 200, 15800, 1000, 16000);
        assertThat(10 * Math.log10(tone / image)).as("image at 7 kHz below the tone").isGreaterThan(60);
    }

    @Test
    void downsampling48To16KilohertzRemovesWhatWouldAlias() throws IOException {
        short[] in = new short[48000];
        short[] low = sine(1000, 48000, 48000, 8000);
        short[] high = sine(12000, 48000, 48000, 8000);
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) (low[i] + high[i]);
        }
        short[] out = read(new ResampledSource(of(in), 0, 3, SincKernel.forRates(48000, 16000)), 16000);
        // 12 kHz would fold to 4 kHz at 16 kHz.
        double alias = power(out, 200, 15800, 4000, 16000);
        double tone = power(out, 200, 15800, 1000, 16000);
        assertThat(10 * Math.log10(tone / alias)).isGreaterThan(60);
    }

    @Test
    void stretchingByAThousandthReadsTheInputThatMuchFaster() throws IOException {
        short[] in = sine(500, 8000, 80000, 8000);
        short[] out = read(new ResampledSource(of(in), 0, 1.001, SincKernel.forRates(8000, 8000)), 79000);
        short[] ideal = sine(500 * 1.001, 8000, 79000, 8000);
        double err = 0;
        double sig = 0;
        for (int i = 100; i < 78900; i++) {
            err += Math.pow(out[i] - ideal[i], 2);
            sig += Math.pow(ideal[i], 2);
        }
        assertThat(10 * Math.log10(sig / err)).isGreaterThan(40);
    }

    @Test
    void inputBeforeZeroAndAfterTheEndIsSilence() throws IOException {
        short[] in = new short[100];
        java.util.Arrays.fill(in, (short) 1000);
        short[] out = read(new ResampledSource(of(in), -200, 1.0, SincKernel.forRates(8000, 8000)), 600);
        for (int i = 0; i < 150; i++) {
            assertThat(out[i]).isZero();
        }
        assertThat(out[250]).isBetween((short) 990, (short) 1010);
        for (int i = 350; i < 600; i++) {
            assertThat(out[i]).isZero();
        }
    }
}
