package io.callrec.media.wav;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.WavFile;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WavWriterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void headerSizesArePatchedOnClose(int channels) throws Exception {
        Path file = dir.resolve("t.wav");
        short[] block = new short[30000];
        for (int i = 0; i < block.length; i++) {
            block[i] = (short) (i - 15000);
        }
        try (WavWriter w = new WavWriter(file, 8000, channels)) {
            w.write(block, 0, block.length);
            w.write(block, 10, 2 * channels);
        }
        WavFile wav = WavFile.read(file);
        long data = 2L * (block.length + 2 * channels);
        assertThat(wav.riff()).isEqualTo("RIFF");
        assertThat(wav.wave()).isEqualTo("WAVE");
        assertThat(wav.fmt()).isEqualTo("fmt ");
        assertThat(wav.fmtSize()).isEqualTo(16);
        assertThat(wav.formatTag()).isEqualTo(1);
        assertThat(wav.channels()).isEqualTo(channels);
        assertThat(wav.sampleRate()).isEqualTo(8000);
        assertThat(wav.byteRate()).isEqualTo(8000 * 2 * channels);
        assertThat(wav.blockAlign()).isEqualTo(2 * channels);
        assertThat(wav.bitsPerSample()).isEqualTo(16);
        assertThat(wav.data()).isEqualTo("data");
        assertThat(wav.dataSize()).isEqualTo(data);
        assertThat(wav.riffSize()).isEqualTo(36 + data);
        assertThat(wav.fileSize()).isEqualTo(44 + data);
        assertThat(wav.samples()[0]).isEqualTo((short) -15000);
        assertThat(wav.samples()[block.length]).isEqualTo((short) -14990);
    }
}
