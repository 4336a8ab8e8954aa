package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.testing.OggOpus;
import io.callrec.media.codec.testing.Snr;
import io.callrec.media.codec.testing.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tones (with some noise) encoded by ffmpeg's libopus encoder in every bandwidth, mode, frame size (2.5..120 ms,
 * multi-frame packets) and in stereo, decoded by each implementation and by ffmpeg's libopus
 * decoder (stereo down-mixed as (L+R)/2). The TOC bytes are checked to prove each case really
 * produced the intended packets.
 */
class OpusSyntheticTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "NB SILK 60 ms; 1; -application voip -cutoff 4000 -frame_duration 60 -b:a 12k; 0-3; 0",
        "WB SILK 40 ms; 1; -application voip -cutoff 8000 -frame_duration 40 -b:a 20k; 8-11; 0",
        "SWB hybrid 20 ms; 1; -application voip -cutoff 12000 -frame_duration 20 -b:a 24k; 12-13; 0",
        "FB hybrid 20 ms; 1; -application voip -cutoff 20000 -b:a 24k; 14-15; 0",
        "FB CELT 2.5 ms; 1; -application lowdelay -frame_duration 2.5 -b:a 96k; 28-31; 0",
        "FB CELT 5 ms; 1; -application lowdelay -frame_duration 5 -b:a 96k; 28-31; 0",
        "FB 120 ms (multi-frame packets); 1; -application audio -frame_duration 120 -b:a 48k; 14-15|28-31; 3",
        "FB CELT stereo 20 ms; 2; -application audio -b:a 96k; 28-31; 0",
        "NB stereo 20 ms; 2; -application voip -cutoff 4000 -b:a 24k; 0-3|16-19; 0",
        "SWB stereo 20 ms; 2; -application voip -cutoff 12000 -b:a 40k; 12-13|24-27; 0",
    })
    void encodedToneDecodesLikeFfmpeg(String name, int channels, String encoderArgs, String configs, int code) throws Exception {
        Tools.assumeFfmpegLibopus();
        // Tones plus a little noise: on pure tones the encoder hops between modes, noise keeps it on one.
        java.util.Random noise = new java.util.Random(1);
        short[] pcm = new short[48000 * 2 * channels];
        for (int i = 0; i < pcm.length / channels; i++) {
            double t = i / 48000.0;
            pcm[i * channels] = (short) (8000 * Math.sin(2 * Math.PI * 440 * t) + 4000 * Math.sin(2 * Math.PI * 1800 * t)
                    + 2000 * noise.nextGaussian());
            if (channels == 2) {
                pcm[i * 2 + 1] = (short) (8000 * Math.sin(2 * Math.PI * 660 * t) + 2000 * noise.nextGaussian());
            }
        }
        Path raw = tmp.resolve("tone.raw");
        Path ogg = tmp.resolve("tone.opus");
        Path ref = tmp.resolve("ref.raw");
        Tools.writeS16le(raw, pcm, pcm.length);
        List<String> args = new ArrayList<>(List.of("-f", "s16le", "-ar", "48000", "-ac", Integer.toString(channels),
                "-i", raw.toString(), "-c:a", "libopus"));
        args.addAll(List.of(encoderArgs.trim().split(" ")));
        args.add(ogg.toString());
        Tools.ffmpeg(args.toArray(String[]::new));
        Tools.ffmpeg("-c:a", "libopus", "-i", ogg.toString(), "-f", "s16le", "-ar", "48000", "-ac", Integer.toString(channels), ref.toString());
        short[] expected = downmix(Tools.readS16le(ref), channels);
        // libopus >= 1.2 ignores the intensity-stereo phase inversion flag when it decodes to mono
        // (better mono down-mixes); compare it with a stereo decode that does the same.
        Path refNoInversion = tmp.resolve("ref-noinv.raw");
        Tools.ffmpeg("-c:a", "libopus", "-apply_phase_inv", "0", "-i", ogg.toString(), "-f", "s16le", "-ar", "48000",
                "-ac", Integer.toString(channels), refNoInversion.toString());
        short[] expectedNoInversion = downmix(Tools.readS16le(refNoInversion), channels);

        OggOpus stream = OggOpus.read(ogg);
        TreeSet<Integer> seenConfigs = new TreeSet<>();
        TreeSet<Integer> seenCodes = new TreeSet<>();
        for (byte[] p : stream.packets) {
            seenConfigs.add((p[0] & 0xFF) >>> 3);
            seenCodes.add(p[0] & 3);
            assertThat(OpusPacket.stereo(p[0])).isEqualTo(channels == 2);
        }
        assertThat(seenConfigs).allSatisfy(c -> assertThat(inRanges(c, configs.trim())).as("config %d in %s", c, configs).isTrue());
        assertThat(seenCodes).contains(code);

        List<OpusDecoder> decoders = new ArrayList<>(List.of(OpusDecoders.concentus(48000)));
        if (OpusDecoders.libopusAvailable()) {
            decoders.add(OpusDecoders.libopus(48000));
        }
        for (OpusDecoder decoder : decoders) {
            try (decoder) {
                short[] ours = OpusTestSupport.drop(OpusTestSupport.decodeAll(decoder, stream.packets), stream.preSkip);
                boolean libopus = decoder.implementation().startsWith("libopus");
                short[] reference = libopus ? expectedNoInversion : expected;
                Snr.Result snr = Snr.best(reference, reference.length, ours, ours.length, 48);
                System.out.printf("Opus synthetic %s (TOC configs %s, codes %s), %s vs ffmpeg libopus decode%s: %s%n",
                        name.trim(), seenConfigs, seenCodes, decoder.implementation(),
                        channels == 2 && libopus ? " without phase inversion" : "", snr);
                assertThat(decoder.errors()).isZero();
                assertThat(snr.db()).isGreaterThanOrEqualTo(30);
            }
        }
    }

    /** {@code spec} like "0-3|16-19". */
    private static boolean inRanges(int config, String spec) {
        for (String range : spec.split("\\|")) {
            String[] ends = range.split("-");
            if (config >= Integer.parseInt(ends[0]) && config <= Integer.parseInt(ends[1])) {
                return true;
            }
        }
        return false;
    }

    private static short[] downmix(short[] interleaved, int channels) {
        if (channels == 1) {
            return interleaved;
        }
        short[] mono = new short[interleaved.length / 2];
        for (int i = 0; i < mono.length; i++) {
            mono[i] = (short) ((interleaved[2 * i] + interleaved[2 * i + 1]) / 2);
        }
        return mono;
    }
}
