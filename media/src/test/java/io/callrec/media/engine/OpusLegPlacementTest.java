package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.testing.OggOpus;
import io.callrec.media.codec.testing.Snr;
import io.callrec.media.codec.testing.Tools;
import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.SpeechLikeSignal;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Opus leg (no SDP: guessed) lands where its timestamps say: its audio, found in the recording by
 * comparison with ffmpeg's libopus decode of the same packets in Ogg and put on the capture clock by
 * the recording's origin, starts the encoder's pre-skip after the first packet was captured (RTP
 * carries no pre-skip, RFC 7587), whatever the coded bandwidth. A narrowband stream is decoded
 * natively and the recording is 8 kHz; a fullband one is decoded at 48 kHz and resampled to 16 kHz,
 * whose delay is taken off the leg's place.
 */
class OpusLegPlacementTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"narrowband, 8000, 12k, 8000", "fullband, 48000, 32k, 16000"})
    void anOpusLegLandsWhereItsTimestampsSay(String name, int inputRate, String bitrate, int outputRate) throws Exception {
        Tools.assumeFfmpegLibopus();
        short[] speech = SpeechLikeSignal.generate(inputRate, inputRate * 6L, 5);
        Path raw = dir.resolve("speech.raw");
        Path ogg = dir.resolve("speech.opus");
        Path reference = dir.resolve("reference.raw");
        Tools.writeS16le(raw, speech, speech.length);
        Tools.ffmpeg("-f", "s16le", "-ar", Integer.toString(inputRate), "-ac", "1", "-i", raw.toString(), "-c:a", "libopus",
                "-application", "voip", "-b:a", bitrate, ogg.toString());
        Tools.ffmpeg("-c:a", "libopus", "-i", ogg.toString(), "-f", "s16le", "-ar", Integer.toString(outputRate), "-ac", "1",
                reference.toString());
        OggOpus stream = OggOpus.read(ogg);
        Path pcap = dir.resolve("opus.pcap");
        try (CaptureFixture f = CaptureFixture.create(pcap)) {
            for (int k = 0; k < stream.packets.size(); k++) {
                f.rtp(CaptureFixture.A, k * 20_000L, 111, 7000 + k, 123_456L + 960L * k, 0x0505, stream.packets.get(k));
            }
        }

        ConversionResult r = new MediaEngine().convert(pcap, dir.resolve("opus.wav"), ConversionOptions.defaults());
        short[] recorded = WavFile.read(dir.resolve("opus.wav")).channel(0);
        short[] expected = Tools.readS16le(reference);

        assertThat(r.sampleRate()).isEqualTo(outputRate);
        assertThat(r.legs().get(0).codecs()).containsExactly("opus (guessed)");
        Snr.Result fit = Snr.best(expected, expected.length, recorded, recorded.length, outputRate / 100);
        System.out.printf("Opus %s leg against ffmpeg's decode at %d Hz: %s%n", name, outputRate, fit);
        double placedNanos = r.originEpochNanos() - CaptureFixture.EPOCH_NANOS + fit.lag() * 1e9 / outputRate;
        assertThat(placedNanos).as("pre-skip %d at 48 kHz", stream.preSkip)
                .isCloseTo(stream.preSkip * 1e9 / 48000, org.assertj.core.api.Assertions.within(0.5e9 / outputRate));
        assertThat(fit.db()).as("the same speech (ffmpeg decodes at 48 kHz, narrowband here natively)").isGreaterThan(5);
    }
}
