package io.callrec.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every one of the 256 G.711 codes decodes to the same sample as ffmpeg's pcm_mulaw / pcm_alaw
 * decoder ({@code ffmpeg -f mulaw|alaw -ar 8000 -ac 1 -i codes -f s16le out}); skipped without ffmpeg.
 */
class G711FfmpegComparisonTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mulaw", "alaw"})
    void everyCodeDecodesLikeFfmpeg(String law) throws Exception {
        Tools.assumeFfmpeg();
        byte[] codes = new byte[256];
        for (int i = 0; i < 256; i++) {
            codes[i] = (byte) i;
        }
        Path in = Files.write(dir.resolve("codes." + law), codes);
        Path out = dir.resolve("codes.s16");
        Tools.ffmpeg("-f", law, "-ar", "8000", "-ac", "1", "-i", in.toString(), "-f", "s16le", out.toString());
        short[] reference = Tools.readS16le(out);
        AudioDecoder decoder = law.equals("mulaw") ? G711Decoder.ulaw() : G711Decoder.alaw();
        short[] ours = new short[256];
        decoder.decode(codes, 0, codes.length, ours, 0);
        int identical = 0;
        for (int i = 0; i < 256 && i < reference.length; i++) {
            identical += ours[i] == reference[i] ? 1 : 0;
        }
        System.out.printf("G.711 %s, all 256 codes vs ffmpeg: %d of 256 identical%n", law, identical);
        assertThat(reference).hasSize(256);
        assertThat(ours).containsExactly(reference);
    }
}
