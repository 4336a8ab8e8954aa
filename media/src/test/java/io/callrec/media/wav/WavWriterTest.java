package io.callrec.media.wav;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.G711WavFile;
import io.callrec.media.testing.WavFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    @ParameterizedTest
    @ValueSource(strings = {"ALAW", "ULAW"})
    void g711HeaderHasFormatTagFactChunkAndOneBytePerSample(String name) throws Exception {
        WavEncoding encoding = WavEncoding.valueOf(name);
        Path file = dir.resolve("g.wav");
        short[] stereo = new short[2 * 8000];
        for (int i = 0; i < stereo.length; i++) {
            stereo[i] = (short) (i % 2 == 0 ? 1000 : -1000);
        }
        try (WavWriter w = new WavWriter(file, 8000, 2, encoding)) {
            w.write(stereo, 0, stereo.length);
        }
        G711WavFile wav = G711WavFile.read(file);
        assertThat(wav.formatTag()).isEqualTo(encoding == WavEncoding.ALAW ? 6 : 7);
        assertThat(wav.fmtSize()).isEqualTo(18);
        assertThat(wav.cbSize()).isZero();
        assertThat(wav.channels()).isEqualTo(2);
        assertThat(wav.byteRate()).as("one second of stereo G.711 is 16000 bytes").isEqualTo(16000);
        assertThat(wav.blockAlign()).isEqualTo(2);
        assertThat(wav.bitsPerSample()).isEqualTo(8);
        assertThat(wav.fact()).isEqualTo("fact");
        assertThat(wav.factSamples()).isEqualTo(8000);
        assertThat(wav.data()).isEqualTo("data");
        assertThat(wav.dataSize()).isEqualTo(16000);
        assertThat(wav.riffSize()).isEqualTo(50 + 16000);
        byte left = encoding == WavEncoding.ALAW ? io.callrec.media.codec.G711Encoder.alaw((short) 1000)
                : io.callrec.media.codec.G711Encoder.ulaw((short) 1000);
        assertThat(wav.bytes()).hasSize(16000);
        assertThat(wav.bytes()[0]).isEqualTo(left);
        assertThat(wav.bytes()[2]).isEqualTo(left);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCM_16", "ALAW", "ULAW"})
    void inMemoryFileIsTheStreamedFileWithRiffPaddingOnly(String name) throws Exception {
        WavEncoding encoding = WavEncoding.valueOf(name);
        short[] odd = new short[8001];
        for (int i = 0; i < odd.length; i++) {
            odd[i] = (short) (Math.sin(i / 7.0) * 12000);
        }
        Path file = dir.resolve("s.wav");
        try (WavWriter w = new WavWriter(file, 8000, 1, encoding)) {
            w.write(odd, 0, odd.length);
        }
        byte[] streamed = Files.readAllBytes(file);
        byte[] inMemory = WavWriter.inMemory(odd, 8000, 1, encoding);
        if (encoding == WavEncoding.PCM_16) {
            assertThat(inMemory).isEqualTo(streamed);
            return;
        }
        // An odd G.711 data chunk: the in-memory file ends with RIFF's pad byte, counted in the RIFF size.
        assertThat(inMemory).hasSize(streamed.length + 1);
        assertThat(inMemory[inMemory.length - 1]).isZero();
        assertThat(Arrays.copyOfRange(inMemory, 8, streamed.length))
                .isEqualTo(Arrays.copyOfRange(streamed, 8, streamed.length));
        ByteBuffer riff = ByteBuffer.wrap(inMemory).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(riff.getInt(4)).isEqualTo(inMemory.length - 8);
    }

    /** Seeded random chunks, many crossing the 64 KiB buffer, stream to the bytes the per-sample in-memory path gives. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void pcmWrittenInRandomChunksIsByteForByteTheInMemoryFile(int channels) throws Exception {
        java.util.Random random = new java.util.Random(17L + channels);
        short[] samples = new short[300_000 * channels];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) random.nextInt();
        }
        Path streamed = dir.resolve("chunks-" + channels + ".wav");
        try (WavWriter w = new WavWriter(streamed, 8000, channels)) {
            for (int at = 0; at < samples.length; ) {
                int n = Math.min(samples.length - at, random.nextInt(3) == 0 ? random.nextInt(70_000) : random.nextInt(400));
                w.write(samples, at, n);
                at += n;
            }
        }
        assertThat(Files.readAllBytes(streamed)).isEqualTo(WavWriter.inMemory(samples, 8000, channels, WavEncoding.PCM_16));
    }
}
