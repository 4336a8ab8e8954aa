package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callrec.media.codec.testing.OggOpus;
import io.callrec.media.codec.testing.Snr;
import io.callrec.media.codec.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus Ogg Opus file decoded by each implementation against ffmpeg's decode of the same file. */
class OpusOggReferenceTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} at {1} Hz")
    @CsvSource({"libopus,48000", "libopus,16000", "libopus,8000", "concentus,48000", "concentus,16000", "concentus,8000"})
    void oggFileMatchesFfmpeg(String implementation, int rate) throws Exception {
        Path file = Tools.corpusFile("opus-ogg-48k-mono-asterisk.opus");
        Tools.assumeFfmpeg();
        if (implementation.equals("libopus")) {
            assumeTrue(OpusDecoders.libopusAvailable(), "libopus not loadable: test skipped");
        }
        OggOpus ogg = OggOpus.read(file);
        assertThat(ogg.preSkip).isEqualTo(312);
        Path ref = tmp.resolve("ref.raw");
        Tools.ffmpeg("-i", file.toString(), "-f", "s16le", "-ar", Integer.toString(rate), "-ac", "1", ref.toString());
        short[] expected = Tools.readS16le(ref);

        try (OpusDecoder decoder = implementation.equals("libopus") ? OpusDecoders.libopus(rate) : OpusDecoders.concentus(rate)) {
            short[] ours = OpusTestSupport.drop(OpusTestSupport.decodeAll(decoder, ogg.packets), ogg.preSkip * rate / 48000);
            Snr.Result snr = Snr.best(expected, expected.length, ours, ours.length, rate / 100);
            System.out.printf("Opus Ogg corpus file, %s (%s) at %d Hz vs ffmpeg decode: %s%n",
                    implementation, decoder.implementation(), rate, snr);
            assertThat(decoder.errors()).isZero();
            assertThat(snr.samples()).isGreaterThan(expected.length * 9 / 10);
            assertThat(snr.db()).isGreaterThanOrEqualTo(30);
        }
    }
}
