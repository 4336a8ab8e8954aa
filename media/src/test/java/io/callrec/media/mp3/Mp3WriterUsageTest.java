package io.callrec.media.mp3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File size at the default bit rates, encoder choice, and misuse. */
class Mp3WriterUsageTest {

    private static final long THIRTY_MB = 30_000_000L;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} Hz x{1}")
    @CsvSource({"8000,1", "8000,2", "16000,1", "16000,2"})
    void defaultBitRateKeepsAnHourUnderThirtyMegabytes(int rate, int channels) throws IOException {
        Mp3Settings s = Mp3Settings.defaults(rate, channels);
        Path file = dir.resolve("minute.mp3");
        try (Mp3Writer w = new Mp3Writer(file, s)) {
            w.write(Tone.interleaved(rate, channels, 60.0), 0, 60 * rate * channels);
        }
        long minute = Files.size(file);
        System.out.printf("%d Hz x%d at %d kbit/s: 60 s -> %d bytes; 1 h by bit rate %.1f MB, by scaling %.1f MB%n",
                rate, channels, s.bitrateKbps(), minute, s.bytesFor(3600) / 1e6, minute * 60 / 1e6);
        assertThat(s.bytesFor(3600)).isLessThanOrEqualTo(THIRTY_MB);
        // One minute is the bit rate's worth plus the tag frame and LAME's delay/padding frames.
        assertThat((double) minute).isCloseTo(s.bytesFor(60), within(s.bytesFor(60) * 0.01));
        assertThat(minute * 60).isLessThanOrEqualTo(THIRTY_MB);
    }

    @Test
    void autoChoosesNativeLameWhenTheLibraryLoads() throws IOException {
        assumeTrue(LameLibrary.failure() == null, LameLibrary.failure());
        try (Mp3Writer w = new Mp3Writer(dir.resolve("a.mp3"), 8000, 1)) {
            assertThat(w.encoderDescription()).startsWith("LAME 3.").contains("JNA");
        }
    }

    @Test
    void unsupportedSampleRateIsRejectedBeforeAFileIsCreated() {
        Path file = dir.resolve("x.mp3");
        assertThatThrownBy(() -> new Mp3Writer(file, 44100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported MP3 input rate 44100");
        assertThat(file).doesNotExist();
    }

    @Test
    void unsupportedChannelCountAndBitRateAreRejected() {
        assertThatThrownBy(() -> Mp3Settings.defaults(8000, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel count 3");
        assertThatThrownBy(() -> Mp3Settings.defaults(8000, 1).withBitrate(33))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33 kbit/s");
        assertThatThrownBy(() -> Mp3Settings.defaults(8000, 1).withQuality(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quality 10");
    }

    @Test
    void writingAfterCloseThrows() throws IOException {
        Mp3Writer w = new Mp3Writer(dir.resolve("closed.mp3"), 8000, 1);
        w.write(new short[160], 0, 160);
        w.close();
        assertThatThrownBy(() -> w.write(new short[160], 0, 160))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void secondCloseLeavesTheFileUnchanged() throws IOException {
        Path file = dir.resolve("twice.mp3");
        Mp3Writer w = new Mp3Writer(file, 8000, 2);
        w.write(Tone.interleaved(8000, 2, 1.0), 0, 16000);
        w.close();
        byte[] first = Files.readAllBytes(file);
        w.close();
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(w.bytesWritten()).isEqualTo(first.length);
    }

    @Test
    void partialStereoFrameIsRejected() throws IOException {
        try (Mp3Writer w = new Mp3Writer(dir.resolve("odd.mp3"), 8000, 2)) {
            assertThatThrownBy(() -> w.write(new short[10], 0, 5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole 2-channel frames");
            assertThatThrownBy(() -> w.write(new short[10], 6, 6))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void unwritablePathFailsWithIOException() {
        Path file = dir.resolve("missing-directory").resolve("x.mp3");
        assertThatThrownBy(() -> new Mp3Writer(file, 8000, 1)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new Mp3Writer(file, Mp3Settings.defaults(8000, 1), EncoderChoice.JUMP3R))
                .isInstanceOf(IOException.class);
    }

    @Test
    void callWithoutAudioStillClosesToAValidFile() throws IOException {
        Path file = dir.resolve("empty.mp3");
        new Mp3Writer(file, 16000, 1).close();
        Mp3FrameScan scan = Mp3FrameScan.of(file);
        assertThat(scan.tagId).isEqualTo("Info");
        assertThat(scan.gaplessSeconds()).isCloseTo(0.0, within(0.001));
    }
}
