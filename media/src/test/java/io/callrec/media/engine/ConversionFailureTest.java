package io.callrec.media.engine;

import static io.callrec.media.testing.CaptureFixture.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.callrec.media.engine.MediaException.Reason;
import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.Signals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad or unusual input must end in a typed reason or a partial result, never an unchecked exception. */
class ConversionFailureTest {

    @TempDir
    Path dir;

    private final MediaEngine engine = new MediaEngine();

    private Reason reasonFor(Path capture) {
        Path out = dir.resolve("out.wav");
        try {
            engine.convert(capture, out, ConversionOptions.defaults());
        } catch (MediaException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(out).doesNotExist();
            return e.reason();
        }
        throw new AssertionError("conversion unexpectedly succeeded");
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path call(int packets) throws IOException {
        Path p = dir.resolve("call.pcap");
        try (CaptureFixture f = CaptureFixture.create(p)) {
            for (int k = 0; k < packets; k++) {
                f.rtp(A, k * 20_000L, 0, k, 160L * k, 1, Signals.ulawPacket(1000));
            }
        }
        return p;
    }

    @Test
    void randomBytesAreNotACapture() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThat(reasonFor(file("noise.bin", noise))).isEqualTo(Reason.NOT_A_CAPTURE);
        assertThat(reasonFor(file("empty.pcap", new byte[0]))).isEqualTo(Reason.NOT_A_CAPTURE);
    }

    @Test
    void captureWithOnlySipAndDnsHasNoRtpStreams() throws IOException {
        Path p = dir.resolve("sip.pcap");
        byte[] invite = ("INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] dns = {(byte) 0x80, 0x01, 0x01, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 3, 'f', 'o', 'o', 0, 0, 1, 0, 1};
        try (CaptureFixture f = CaptureFixture.create(p)) {
            for (int k = 0; k < 20; k++) {
                f.udp(new CaptureFixture.Leg("10.0.0.1", 5060, "10.0.0.2", 5060), k * 1000L, invite, invite.length);
                dns[1] = (byte) k;
                f.udp(new CaptureFixture.Leg("10.0.0.1", 40000 + k, "10.0.0.53", 53), k * 1000L + 500, dns, dns.length);
            }
        }
        assertThatThrownBy(() -> engine.convert(p, dir.resolve("o.wav"), ConversionOptions.defaults()))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_RTP_STREAMS);
                    assertThat(e.getMessage()).isEqualTo("no RTP streams found");
                });
    }

    @Test
    void pcapWithOnlyAFileHeaderHasNoRtpStreams() throws IOException {
        Path whole = call(0);
        assertThat(reasonFor(whole)).isEqualTo(Reason.NO_RTP_STREAMS);
    }

    @Test
    void fileHeaderCutShortIsTruncated() throws IOException {
        byte[] header = Files.readAllBytes(call(0));
        assertThat(reasonFor(file("cut.pcap", Arrays.copyOf(header, 10)))).isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void truncatedLastPacketStillGivesAResult() throws Exception {
        byte[] whole = Files.readAllBytes(call(10));
        Path cut = file("cut.pcap", Arrays.copyOf(whole, whole.length - 30));
        ConversionResult r = engine.convert(cut, dir.resolve("out.wav"), ConversionOptions.defaults());
        assertThat(r.totalPackets()).isEqualTo(9);
        assertThat(r.durationMillis()).isEqualTo(180);
        assertThat(r.partial()).isTrue();
        assertThat(r.partialReason()).contains("truncated");
        assertThat(r.toJson()).contains("\"partial\":true");
    }

    /** A flood of distinct flows: legs are capped, the rest counted, the result flagged partial. */
    @Test
    void thousandsOfFlowsAreCappedCountedAndFlaggedPartial() throws Exception {
        Path capture = dir.resolve("flood.pcap");
        byte[] payload = Signals.ulawPacket(1000);
        try (CaptureFixture f = CaptureFixture.create(capture)) {
            for (int flow = 0; flow < 3000; flow++) {
                CaptureFixture.Leg leg = new CaptureFixture.Leg("10.1." + (flow >> 8) + "." + (flow & 0xFF), 4000 + flow,
                        "10.0.0.9", 30000);
                for (int k = 0; k < 3; k++) {
                    f.rtp(leg, flow * 10L + k * 20_000L, 0, k, 160L * k, flow, payload);
                }
            }
        }
        ConversionResult r = engine.convert(capture, dir.resolve("out.wav"), ConversionOptions.defaults());
        assertThat(r.legs()).hasSize(LegPlan.MAX_LEGS);
        assertThat(r.ignoredLegs()).isEqualTo(3000 - LegPlan.MAX_LEGS);
        assertThat(r.partialReason()).contains("2936 legs");
    }

    /** Thousands of SSRCs on one direction: streams are capped and counted, the leg still converts. */
    @Test
    void thousandsOfSsrcsOnOneDirectionAreCappedAndCounted() throws Exception {
        Path capture = dir.resolve("ssrcs.pcap");
        byte[] payload = Signals.ulawPacket(1000);
        int ssrcs = io.callrec.media.rtp.RtpStreamDetector.MAX_STREAMS + 500;
        try (CaptureFixture f = CaptureFixture.create(capture)) {
            for (int s = 0; s < ssrcs; s++) {
                for (int k = 0; k < 3; k++) {
                    f.rtp(A, (3L * s + k) * 1000, 0, k, 160L * k, 0x10000 + s, payload);
                }
            }
        }
        ConversionResult r = engine.convert(capture, dir.resolve("out.wav"), ConversionOptions.defaults());
        assertThat(r.legs()).hasSize(1);
        assertThat(r.legs().get(0).ssrcs()).hasSize(64);
        assertThat(r.ignoredLegs()).isEqualTo(500);
        assertThat(r.partial()).isTrue();
    }

    /** A sender whose timestamp leaps by 2^31 ticks (74 hours) does not make the output that long. */
    @Test
    void absurdTimestampJumpIsBoundedByTheCaptureClock() throws Exception {
        Path capture = dir.resolve("jump.pcap");
        try (CaptureFixture f = CaptureFixture.create(capture)) {
            for (int k = 0; k < 10; k++) {
                long ts = 160L * k + (k >= 5 ? 0x8000_0000L : 0);
                f.rtp(A, k * 20_000L, 0, k, ts, 5, Signals.ulawPacket(Signals.level(k)));
            }
        }
        ConversionResult r = engine.convert(capture, dir.resolve("out.wav"), ConversionOptions.defaults());
        assertThat(r.durationMillis()).isEqualTo(200);
    }

    @Test
    void onlyUnsupportedPayloadsIsUnsupportedCodec() throws IOException {
        Path p = dir.resolve("gsm.pcap");
        try (CaptureFixture f = CaptureFixture.create(p)) {
            for (int k = 0; k < 10; k++) {
                f.rtp(A, k * 20_000L, 3, k, 160L * k, 1, new byte[33]);
            }
        }
        assertThatThrownBy(() -> engine.convert(p, dir.resolve("o.wav"), ConversionOptions.defaults()))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CODEC);
                    assertThat(e.getMessage()).contains("GSM");
                });
    }

    @Test
    void outputThatIsTheInputIsRefusedAndTheCaptureKept() throws IOException {
        Path p = call(5);
        long size = Files.size(p);
        assertThatThrownBy(() -> engine.convert(p, p, ConversionOptions.defaults()))
                .isInstanceOfSatisfying(MediaException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO_ERROR));
        assertThat(Files.size(p)).isEqualTo(size);
    }

    @Test
    void failedConversionLeavesAnUnrelatedExistingOutputAlone() throws IOException {
        Path existing = Files.writeString(dir.resolve("keep.wav"), "previous recording");
        Path junk = file("junk.bin", new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> engine.convert(junk, existing, ConversionOptions.defaults()))
                .isInstanceOf(MediaException.class);
        assertThat(existing).hasContent("previous recording");
    }

    @Test
    void missingInputIsAnIoError() {
        assertThat(reasonFor(dir.resolve("does-not-exist.pcap"))).isEqualTo(Reason.IO_ERROR);
    }

    @Test
    void everyPrefixOfAValidCaptureEndsTypedOrWithAResult() throws Exception {
        byte[] whole = Files.readAllBytes(call(6));
        for (int len = 0; len <= whole.length; len += 7) {
            Path p = file("prefix.pcap", Arrays.copyOf(whole, len));
            try {
                ConversionResult r = engine.convert(p, dir.resolve("p.wav"), ConversionOptions.defaults());
                assertThat(r.totalPackets()).isBetween(3L, 6L);
            } catch (MediaException e) {
                assertThat(e.reason()).isIn(Reason.NOT_A_CAPTURE, Reason.TRUNCATED, Reason.NO_RTP_STREAMS);
            }
        }
    }

    @Test
    void corruptedBytesInsideAValidCaptureNeverEscapeUnchecked() throws Exception {
        byte[] whole = Files.readAllBytes(call(20));
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            byte[] damaged = whole.clone();
            for (int i = 0; i < 20; i++) {
                damaged[24 + random.nextInt(damaged.length - 24)] = (byte) random.nextInt();
            }
            Path p = file("damaged.pcap", damaged);
            Throwable thrown = catchThrowable(() -> engine.convert(p, dir.resolve("d.wav"), ConversionOptions.defaults()));
            assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(MediaException.class));
        }
    }
}
