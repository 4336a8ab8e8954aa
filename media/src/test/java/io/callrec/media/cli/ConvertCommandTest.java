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
        assertThat(run("--format", "flac", "a", "b")).isEqualTo(ConvertCommand.USAGE);
        assertThat(run("--bogus", "a", "b")).isEqualTo(ConvertCommand.USAGE);
        assertThat(run("a", "b", "--channels")).isEqualTo(ConvertCommand.USAGE);
        assertThat(stderr()).contains("usage: callrec-convert", "[--format wav|mp3|wav-alaw|wav-ulaw]",
                "[--channels mono|stereo]", "[--meta SIDEFILE]", "[--call-id ID]", "[--json]");
    }

    @Test
    void formatMp3WritesMpegLayerThreeFrames() throws Exception {
        Path mp3 = dir.resolve("o.mp3");
        assertThat(run("--format", "mp3", capture.toString(), mp3.toString())).isZero();
        byte[] b = Files.readAllBytes(mp3);
        // ISO/IEC 13818-3 §2.4.2.3 frame header: 11-bit sync, layer bits 01 = Layer III.
        assertThat(b[0] & 0xFF).isEqualTo(0xFF);
        assertThat(b[1] & 0xE6).isEqualTo(0xE2);
    }

    @Test
    void metaOptionReadsASideFileThatDecidesRoles() throws Exception {
        // The side file says the caller receives at 10.0.0.2:30000, so B (10.0.0.2 -> 10.0.0.1) is the caller.
        String callerSdp = "v=0\\r\\nc=IN IP4 10.0.0.2\\r\\nm=audio 30000 RTP/AVP 8\\r\\n";
        String calleeSdp = "v=0\\r\\nc=IN IP4 10.0.0.1\\r\\nm=audio 20000 RTP/AVP 0\\r\\n";
        Path side = Files.writeString(dir.resolve("call.json"), "{\"callId\":\"cli-1\",\"caller\":{\"sdp\":\""
                + callerSdp + "\"},\"callee\":{\"sdp\":\"" + calleeSdp + "\"}}");
        assertThat(run("--json", "--meta", side.toString(), capture.toString(), dir.resolve("o.wav").toString())).isZero();
        assertThat(stdout()).contains("\"source\":\"10.0.0.1:20000\"", "\"role\":\"callee\",\"callId\":\"cli-1\"")
                .contains("\"calls\":[{\"callId\":\"cli-1\"");
        int a = stdout().indexOf("10.0.0.1:20000");
        assertThat(stdout().indexOf("\"role\":\"callee\"")).isGreaterThan(a);
        assertThat(stdout().indexOf("\"role\":\"caller\"")).isGreaterThan(stdout().indexOf("\"role\":\"callee\""));
    }

    @Test
    void callIdOptionNamingNoCallFailsWithItsReason() {
        assertThat(run("--call-id", "nope", capture.toString(), dir.resolve("o.wav").toString()))
                .isEqualTo(ConvertCommand.CONVERSION_FAILED);
        assertThat(stderr()).startsWith("error: CALL_NOT_FOUND: ");
        assertThat(run("a", "b", "--meta")).isEqualTo(ConvertCommand.USAGE);
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
