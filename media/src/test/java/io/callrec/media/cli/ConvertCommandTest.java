package io.callrec.media.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.Signals;
import io.callrec.media.testing.WavFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path capture;

    @BeforeEach
    void writeCall() throws Exception {
        capture = dir.resolve("call.pcap");
        try (CaptureFixture f = CaptureFixture.create(capture)) {
            for (int k = 0; k < 5; k++) {
                f.rtp(CaptureFixture.A, k * 20_000L, 0, k, 160L * k, 1, Signals.ulawPacket(100));
                f.rtp(CaptureFixture.B, k * 20_000L + 10, 8, k, 160L * k, 2, Signals.alawPacket(100));
            }
        }
    }

    private int run(String... args) {
        return ConvertCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void successExitsZeroAndPrintsJsonWhenAsked() throws Exception {
        Path wav = dir.resolve("out.wav");
        assertThat(run("--format", "wav", "--channels", "stereo", "--json", capture.toString(), wav.toString())).isZero();
        assertThat(WavFile.read(wav).channels()).isEqualTo(2);
        assertThat(stdout()).startsWith("{\"durationMillis\":100,\"sampleRate\":8000,\"channels\":2,\"legs\":[");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void withoutJsonNothingIsPrinted() {
        assertThat(run(capture.toString(), dir.resolve("o.wav").toString())).isZero();
        assertThat(stdout()).isEmpty();
    }

    @Test
    void conversionFailureExitsOneWithOneLineReason() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.txt"), "hello, not a capture");
        assertThat(run(junk.toString(), dir.resolve("o.wav").toString())).isEqualTo(ConvertCommand.CONVERSION_FAILED);
        assertThat(stderr()).startsWith("error: NOT_A_CAPTURE: ").endsWith(System.lineSeparator());
        assertThat(stderr().strip()).doesNotContain("\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(ConvertCommand.USAGE);
        assertThat(run("only-one-file")).isEqualTo(ConvertCommand.USAGE);
        assertThat(run("--channels", "quad", "a", "b")).isEqualTo(ConvertCommand.USAGE);
        assertThat(run("--format", "mp3", "a", "b")).isEqualTo(ConvertCommand.USAGE);
        assertThat(run("--bogus", "a", "b")).isEqualTo(ConvertCommand.USAGE);
        assertThat(run("a", "b", "--channels")).isEqualTo(ConvertCommand.USAGE);
        assertThat(stderr()).contains("usage: callrec-convert");
    }

    @Test
    void formatWavAlawWritesG711Wav() throws Exception {
        Path wav = dir.resolve("a.wav");
        assertThat(run("--format", "wav-alaw", "--channels", "stereo", capture.toString(), wav.toString())).isEqualTo(0);
        io.callrec.media.testing.G711WavFile g = io.callrec.media.testing.G711WavFile.read(wav);
        assertThat(g.formatTag()).isEqualTo(6);
        assertThat(g.channels()).isEqualTo(2);
        assertThat(g.dataSize()).isEqualTo(2L * 5 * 160);
    }
}
