package io.callrec.media.mp3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 10 s tones through both encoders at every supported rate and channel count. */
class Mp3WriterToneTest {

    private static final double SECONDS = 10.0;

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(EncoderChoice.LAME_NATIVE, EncoderChoice.JUMP3R).flatMap(e ->
                Stream.of(Arguments.of(e, 8000, 1), Arguments.of(e, 8000, 2),
                        Arguments.of(e, 16000, 1), Arguments.of(e, 16000, 2)));
    }

    private Path encodeTone(EncoderChoice choice, int rate, int channels) throws IOException {
        if (choice == EncoderChoice.LAME_NATIVE) {
            assumeTrue(LameLibrary.failure() == null, LameLibrary.failure());
        }
        Path file = dir.resolve(choice + "-" + rate + "-" + channels + ".mp3");
        short[] pcm = Tone.interleaved(rate, channels, SECONDS);
        try (Mp3Writer w = new Mp3Writer(file, Mp3Settings.defaults(rate, channels), choice)) {
            // Uneven pieces, as the mixer delivers them, including one larger than the encoder block.
            int frame = 0;
            int frames = pcm.length / channels;
            int[] pieces = {160, 4096, 9000, 1};
            for (int k = 0; frame < frames; k++) {
                int n = Math.min(pieces[k % pieces.length], frames - frame);
                w.write(pcm, frame * channels, n * channels);
                frame += n;
            }
            assertThat(w.frames()).isEqualTo(frames);
        }
        return file;
    }

    @ParameterizedTest(name = "{0} {1} Hz x{2}")
    @MethodSource("formats")
    void toneBecomesConstantBitRateLayerThreeWithInfoTag(EncoderChoice choice, int rate, int channels) throws IOException {
        Mp3FrameScan scan = Mp3FrameScan.of(encodeTone(choice, rate, channels));
        System.out.printf("%s %d Hz x%d: %s %d kbit/s, %d frames, %s tag by %s, delay %d, padding %d -> %.4f s%n",
                choice, rate, channels, scan.version, scan.bitrateKbps, scan.frames, scan.tagId, scan.encoder,
                scan.encoderDelay, scan.encoderPadding, scan.gaplessSeconds());
        assertThat(scan.version).isEqualTo(rate == 8000 ? "MPEG-2.5" : "MPEG-2");
        assertThat(scan.sampleRate).isEqualTo(rate);
        assertThat(scan.channels).isEqualTo(channels);
        assertThat(scan.bitrateKbps).isEqualTo(Mp3Settings.defaults(rate, channels).bitrateKbps());
        assertThat(scan.constantBitrate).isTrue();
        assertThat(scan.tagId).isEqualTo("Info");
        assertThat(scan.tagFrames).isEqualTo(scan.frames - 1);
        assertThat(scan.encoder).startsWith("LAME");
        assertThat(scan.gaplessSeconds()).isCloseTo(SECONDS, within(0.1));
    }

    /**
     * ffprobe's format duration counts every audio frame of the Info tag, so it is the call plus the
     * encoder delay and padding the LAME tag declares (at least 1105 samples with any LAME encoder,
     * ffmpeg's own libmp3lame included: 0.138 s at 8 kHz); decoders drop those samples, which
     * {@link #decodedToneKeepsFrequencyLevelAndWaveform} checks on the decoded length.
     */
    @ParameterizedTest(name = "{0} {1} Hz x{2}")
    @MethodSource("formats")
    void ffprobeReportsCodecFormatAndTaggedDuration(EncoderChoice choice, int rate, int channels) throws IOException {
        assumeTrue(Ffmpeg.available(), "ffprobe/ffmpeg not on PATH");
        Path file = encodeTone(choice, rate, channels);
        Ffmpeg.Probe p = Ffmpeg.probe(file);
        Mp3FrameScan scan = Mp3FrameScan.of(file);
        double declared = (scan.encoderDelay + scan.encoderPadding) / (double) rate;
        System.out.printf("%s %d Hz x%d: ffprobe %s %d Hz x%d, %.4f s = %.1f s call + %.4f s LAME delay/padding%n",
                choice, rate, channels, p.codec(), p.sampleRate(), p.channels(), p.durationSeconds(), SECONDS, declared);
        assertThat(p.codec()).isEqualTo("mp3");
        assertThat(p.sampleRate()).isEqualTo(rate);
        assertThat(p.channels()).isEqualTo(channels);
        assertThat(p.durationSeconds()).isCloseTo(scan.tagFrames * 576.0 / rate, within(0.001));
        assertThat(p.durationSeconds() - declared).isCloseTo(SECONDS, within(0.1));
        assertThat(declared).isLessThan(0.2);
    }

    @ParameterizedTest(name = "{0} {1} Hz x{2}")
    @MethodSource("formats")
    void decodedToneKeepsFrequencyLevelAndWaveform(EncoderChoice choice, int rate, int channels) throws IOException {
        assumeTrue(Ffmpeg.available(), "ffprobe/ffmpeg not on PATH");
        short[] decoded = Ffmpeg.decode(encodeTone(choice, rate, channels));
        short[] original = Tone.interleaved(rate, channels, SECONDS);
        System.out.printf("%s %d Hz x%d: ffmpeg decodes %d frames = %.4f s%n", choice, rate, channels,
                decoded.length / channels, decoded.length / channels / (double) rate);
        // Gapless: the decoder drops the delay and padding the LAME tag declares; allow one frame.
        assertThat(decoded.length / channels).isCloseTo(original.length / channels, within(576));
        // Middle 8 s: away from the encoder's start-up and the padded end.
        int from = rate;
        int to = 9 * rate;
        for (int c = 0; c < channels; c++) {
            double[] ref = Tone.channel(original, channels, c);
            double[] dec = Tone.channel(decoded, channels, c);
            double hz = Tone.zeroCrossingHz(dec, from, to, rate);
            double levelDb = 20 * Math.log10(Tone.rms(dec, from, to) / Tone.rms(ref, from, to));
            double snr = Tone.snrDb(ref, dec, from, to, 1200);
            System.out.printf("%s %d Hz x%d ch%d: %.1f Hz (sent %.0f), level %+.2f dB, SNR %.1f dB%n",
                    choice, rate, channels, c, hz, Tone.FREQUENCIES[c], levelDb, snr);
            assertThat(hz).isCloseTo(Tone.FREQUENCIES[c], within(Tone.FREQUENCIES[c] * 0.01));
            assertThat(levelDb).isCloseTo(0.0, within(1.0));
            assertThat(snr).isGreaterThan(15.0);
        }
    }
}
