package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callrec.media.codec.testing.OggOpus;
import io.callrec.media.codec.testing.Tools;
import io.callrec.media.testkit.SiSnr;
import io.callrec.media.testkit.SpeechLikeSignal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: Opus at every coded bandwidth against the reference chain. Speech-like audio is encoded by
 * ffmpeg's libopus encoder from a source at the bandwidth's own rate (which makes libopus code that
 * bandwidth; the TOC bytes prove it), then decoded as the engine decodes it, {@link OpusDecoders} at
 * the rate the coded bandwidth needs, to the leg's track rate (8 kHz for narrowband, else 16 kHz),
 * and by ffmpeg with libopus (which always decodes at 48 kHz and resamples), and both are scored by
 * SI-SNR against the source at the track rate, at the best whole-sample lag. Ours must not fall
 * below ffmpeg's by more than 0.2 dB.
 */
class OpusBandwidthTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NB, 8000, 12k, 0-3|16-19, 8000",
        "MB, 12000, 16k, 4-7, 16000",
        "WB, 16000, 20k, 8-11|20-23, 16000",
        "SWB, 24000, 32k, 12-13|24-27, 16000",
        "FB, 48000, 48k, 14-15|28-31, 16000",
    })
    void everyBandwidthDecodesAtLeastAsWellAsFfmpegsChain(String name, int codedRate, String bitrate, String configs,
                                                        int trackRate) throws Exception {
        Tools.assumeFfmpegLibopus();
        assumeTrue(Tools.ffmpegHasDecoder("libopus"), "ffmpeg has no libopus decoder: test skipped");
        Path source48k = tmp.resolve("source48k.raw");
        short[] speech = SpeechLikeSignal.generate(48000, 48000L * 12, 12);
        Tools.writeS16le(source48k, speech, speech.length);
        Path coded = tmp.resolve("input.raw");
        Path ogg = tmp.resolve(name + ".opus");
        Path sourceAtTrack = tmp.resolve("source-track.raw");
        Path ffmpegOut = tmp.resolve("ffmpeg.raw");
        Tools.ffmpeg("-f", "s16le", "-ar", "48000", "-ac", "1", "-i", source48k.toString(), "-f", "s16le", "-ar",
                Integer.toString(codedRate), coded.toString());
        Tools.ffmpeg("-f", "s16le", "-ar", Integer.toString(codedRate), "-ac", "1", "-i", coded.toString(),
                "-c:a", "libopus", "-application", "voip", "-b:a", bitrate, ogg.toString());
        Tools.ffmpeg("-f", "s16le", "-ar", Integer.toString(codedRate), "-ac", "1", "-i", coded.toString(),
                "-f", "s16le", "-ar", Integer.toString(trackRate), sourceAtTrack.toString());
        Tools.ffmpeg("-c:a", "libopus", "-i", ogg.toString(), "-f", "s16le", "-ar", Integer.toString(trackRate),
                "-ac", "1", ffmpegOut.toString());
        OggOpus stream = OggOpus.read(ogg);
        TreeSet<Integer> seen = new TreeSet<>();
        for (byte[] p : stream.packets) {
            seen.add((p[0] & 0xFF) >>> 3);
            assertThat(OpusPacket.codedRate(p[0])).as("coded rate of config %d", (p[0] & 0xFF) >>> 3).isEqualTo(codedRate);
        }
        short[] source = Tools.readS16le(sourceAtTrack);
        double reference = bestSiSnr(source, Tools.readS16le(ffmpegOut), 0);

        List<OpusDecoder> decoders = new ArrayList<>(List.of(OpusDecoders.concentus(trackRate, codedRate)));
        if (OpusDecoders.libopusAvailable()) {
            decoders.add(OpusDecoders.libopus(trackRate, codedRate));
        }
        if (OpusDecoders.libopusAvailable()) {
            try (OpusDecoder fullband = OpusDecoders.libopus(trackRate)) {
                short[] before = OpusTestSupport.drop(OpusTestSupport.decodeAll(fullband, stream.packets),
                        stream.preSkip * trackRate / 48000);
                System.out.printf("Opus %s to %d Hz, libopus decoding at 48000 Hz then resampled (information): %.2f dB%n",
                        name, trackRate, bestSiSnr(source, before, fullband.delaySamples()));
            }
        }
        for (OpusDecoder decoder : decoders) {
            try (decoder) {
                short[] ours = OpusTestSupport.drop(OpusTestSupport.decodeAll(decoder, stream.packets),
                        stream.preSkip * trackRate / 48000);
                double db = bestSiSnr(source, ours, decoder.delaySamples());
                System.out.printf("Opus %s (TOC configs %s) to %d Hz, %s decoding at %d Hz: %.2f dB SI-SNR against the"
                                + " source; ffmpeg with libopus (48 kHz, resampled): %.2f dB%n", name, seen, trackRate,
                        decoder.implementation(), OpusDecoders.decodeRate(codedRate), db, reference);
                assertThat(decoder.errors()).isZero();
                assertThat(db).as("%s %s", name, decoder.implementation()).isGreaterThanOrEqualTo(reference - 0.2);
            }
        }
    }

    /** SI-SNR of {@code decoded} (its first {@code delay} samples dropped) against {@code source}, at the best lag within 10 ms. */
    private static double bestSiSnr(short[] source, short[] decoded, int delay) {
        double[] reference = new double[source.length];
        for (int i = 0; i < source.length; i++) {
            reference[i] = source[i];
        }
        double best = Double.NEGATIVE_INFINITY;
        int maxLag = source.length / 1200;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double[] shifted = new double[source.length];
            for (int i = 0; i < shifted.length; i++) {
                int j = i + lag + delay;
                shifted[i] = j >= 0 && j < decoded.length ? decoded[j] : 0;
            }
            best = Math.max(best, SiSnr.of(reference, shifted, reference.length));
        }
        return best;
    }
}
