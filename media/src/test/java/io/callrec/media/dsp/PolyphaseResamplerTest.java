package io.callrec.media.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolyphaseResamplerTest {

    @ParameterizedTest(name = "{0} -> {1} Hz, {2} Hz tone")
    @CsvSource({"48000,8000,440", "48000,8000,3000", "48000,16000,1000", "48000,16000,6500", "16000,48000,1000", "8000,16000,3000", "44100,16000,1000"})
    void passbandToneKeepsShapeAndLevel(int in, int out, double freq) {
        PolyphaseResampler r = new PolyphaseResampler(in, out);
        short[] input = sine(in, freq, in, 0);
        short[] output = new short[r.maxOutput(input.length) + 1000];
        int n = 0;
        for (int off = 0; off < input.length; off += 733) {   // odd block size: state must carry over
            n += r.process(input, off, Math.min(733, input.length - off), output, n);
        }
        assertThat(Math.abs(n - out)).isLessThanOrEqualTo(1);
        short[] expected = sine(out, freq, n, r.delayOutputSamples());
        double signal = 0;
        double noise = 0;
        for (int i = out / 10; i < n; i++) {
            signal += (double) expected[i] * expected[i];
            noise += Math.pow(expected[i] - output[i], 2);
        }
        double snr = 10 * Math.log10(signal / noise);
        System.out.printf("resampler %d -> %d Hz, %.0f Hz tone: %.1f dB against the ideal delayed sine%n", in, out, freq, snr);
        assertThat(snr).isGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "{0} -> {1} Hz rejects {2} Hz")
    @CsvSource({"48000,8000,4700", "48000,8000,12000", "48000,16000,9500", "48000,16000,20000"})
    void toneAboveTheOutputNyquistIsRemoved(int in, int out, double freq) {
        PolyphaseResampler r = new PolyphaseResampler(in, out);
        short[] input = sine(in, freq, in, 0);
        short[] output = new short[r.maxOutput(input.length)];
        int n = r.process(input, 0, input.length, output, 0);
        double rms = 0;
        for (int i = out / 10; i < n; i++) {
            rms += (double) output[i] * output[i];
        }
        rms = Math.sqrt(rms / (n - out / 10));
        double db = 20 * Math.log10(Math.max(rms, 1e-3) / (16000 / Math.sqrt(2)));
        System.out.printf("resampler %d -> %d Hz, %.0f Hz tone: %.1f dB%n", in, out, freq, db);
        assertThat(db).isLessThan(-60);
    }

    private static short[] sine(int rate, double freq, int count, double delay) {
        short[] s = new short[count];
        for (int i = 0; i < count; i++) {
            s[i] = (short) Math.round(16000 * Math.sin(2 * Math.PI * freq * (i - delay) / rate));
        }
        return s;
    }
}
