package io.callrec.media.engine;

import static io.callrec.media.testkit.SipMessageBuilder.audioSdp;
import static io.callrec.media.testing.Signals.PACKET;
import static io.callrec.media.testing.Signals.alawPacket;
import static io.callrec.media.testing.Signals.alawRoundTrip;
import static io.callrec.media.testing.Signals.level;
import static io.callrec.media.testing.Signals.ulawPacket;
import static io.callrec.media.testing.Signals.ulawRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.media.call.Role;
import io.callrec.media.call.SipInfoEvent;
import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.CaptureFixture.Leg;
import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.SipMessageBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end conversions of generated captures whose SIP/SDP decides legs, roles and codecs. */
class SipCallConversionTest {

    private static final ConversionOptions MONO = ConversionOptions.defaults();
    private static final ConversionOptions STEREO = new ConversionOptions(OutputFormat.WAV, Channels.STEREO);
    private static final String ALICE = "sip:alice@a.example";
    private static final String BOB = "sip:bob@b.example";
    /** Signalling from the caller's host to the callee's host and back. */
    private static final Leg SIP_AB = new Leg("10.0.0.1", 5060, "10.0.0.2", 5060);
    private static final Leg SIP_BA = new Leg("10.0.0.2", 5060, "10.0.0.1", 5060);
    /** Caller Alice receives at 10.0.0.1:20000, callee Bob at 10.0.0.2:30000. */
    private static final Leg ALICE_TO_BOB = new Leg("10.0.0.1", 20000, "10.0.0.2", 30000);
    private static final Leg BOB_TO_ALICE = new Leg("10.0.0.2", 30000, "10.0.0.1", 20000);

    @TempDir
    Path dir;

    private final MediaEngine engine = new MediaEngine();

    private Path capture() {
        return dir.resolve("call.pcap");
    }

    private Path wav() {
        return dir.resolve("call.wav");
    }

    private static void sip(CaptureFixture f, Leg leg, long micros, SipMessageBuilder m) throws IOException {
        byte[] b = m.build();
        f.udp(leg, micros, b, b.length);
    }

    /** INVITE with Alice's SDP, 200 OK with Bob's SDP, ACK; Call-ID {@code callId}. */
    private static void setup(CaptureFixture f, String callId, long micros, String aliceSdp, String bobSdp)
            throws IOException {
        sip(f, SIP_AB, micros, SipMessageBuilder.request("INVITE", BOB)
                .dialog(callId, ALICE, "tagA", BOB, null, 1, "INVITE").body("application/sdp", aliceSdp));
        sip(f, SIP_BA, micros + 1000, SipMessageBuilder.response(200, "OK")
                .dialog(callId, ALICE, "tagA", BOB, "tagB", 1, "INVITE").body("application/sdp", bobSdp));
        sip(f, SIP_AB, micros + 2000, SipMessageBuilder.request("ACK", BOB)
                .dialog(callId, ALICE, "tagA", BOB, "tagB", 1, "ACK"));
    }

    private static String aliceSdp() {
        return audioSdp("10.0.0.1", 20000, "0 8 101", "a=rtpmap:101 telephone-event/8000");
    }

    private static String bobSdp() {
        return audioSdp("10.0.0.2", 30000, "0 8 101", "a=rtpmap:101 telephone-event/8000");
    }

    private static void assertLevel(short[] samples, int from, short expected) {
        for (int i = 0; i < PACKET; i++) {
            assertThat(samples[from + i]).as("sample %d", from + i).isEqualTo(expected);
        }
    }

    @Test
    void stereoPutsTheSipCallerLeftEvenWhenTheCalleesRtpStartsFirst() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            setup(f, "c1", 0, aliceSdp(), bobSdp());
            for (int k = 0; k < 10; k++) {
                f.rtp(BOB_TO_ALICE, 100_000 + k * 20_000L, 8, 500 + k, 160L * k, 0xB0B, alawPacket(level(k + 20)));
                f.rtp(ALICE_TO_BOB, 200_000 + k * 20_000L, 0, 100 + k, 8000 + 160L * k, 0xA11CE, ulawPacket(level(k)));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), STEREO);
        WavFile w = WavFile.read(wav());
        short[] left = w.channel(0);
        short[] right = w.channel(1);
        for (int k = 0; k < 10; k++) {
            assertLevel(left, 800 + k * PACKET, ulawRoundTrip(level(k)));
            assertLevel(right, k * PACKET, alawRoundTrip(level(k + 20)));
        }
        assertThat(r.legs()).extracting(LegStatistics::source, LegStatistics::role, LegStatistics::callId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("10.0.0.2:30000", "callee", "c1"),
                        org.assertj.core.groups.Tuple.tuple("10.0.0.1:20000", "caller", "c1"));
        assertThat(r.calls()).extracting(CallInfo::callId, CallInfo::caller, CallInfo::callee, CallInfo::converted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", ALICE, BOB, true));
    }

    @Test
    void aLoneCalleeLegIsRightWithASilentLeftInStereo() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            setup(f, "c1", 0, aliceSdp(), bobSdp());
            for (int k = 0; k < 10; k++) {
                f.rtp(BOB_TO_ALICE, 100_000 + k * 20_000L, 8, k, 160L * k, 0xB0B, alawPacket(level(k)));
            }
        }
        engine.convert(capture(), wav(), STEREO);
        WavFile w = WavFile.read(wav());
        assertThat(w.channel(0)).containsOnly((short) 0);
        for (int k = 0; k < 10; k++) {
            assertLevel(w.channel(1), k * PACKET, alawRoundTrip(level(k)));
        }
    }

    @Test
    void reInviteMovingTheCalleeToANewPortContinuesItsLeg() throws Exception {
        Leg bobNewToAlice = new Leg("10.0.0.2", 31000, "10.0.0.1", 20000);
        Leg aliceToBobNew = new Leg("10.0.0.1", 20000, "10.0.0.2", 31000);
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            setup(f, "c1", 0, aliceSdp(), bobSdp());
            for (int k = 0; k < 20; k++) {
                long t = 100_000 + k * 20_000L;
                boolean moved = k >= 10;
                if (k == 10) {
                    sip(f, SIP_BA, t - 5_000, SipMessageBuilder.request("INVITE", ALICE)
                            .dialog("c1", BOB, "tagB", ALICE, "tagA", 2, "INVITE")
                            .body("application/sdp", audioSdp("10.0.0.2", 31000, "8")));
                    sip(f, SIP_AB, t - 4_000, SipMessageBuilder.response(200, "OK")
                            .dialog("c1", BOB, "tagB", ALICE, "tagA", 2, "INVITE").body("application/sdp", aliceSdp()));
                }
                f.rtp(moved ? bobNewToAlice : BOB_TO_ALICE, t, 8, 500 + k, 160L * k, moved ? 0xB0B2 : 0xB0B,
                        alawPacket(level(k)));
                f.rtp(moved ? aliceToBobNew : ALICE_TO_BOB, t + 1000, 0, 100 + k, 160L * k, 0xA11CE,
                        ulawPacket(level(k + 1)));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), STEREO);
        assertThat(r.legs()).hasSize(2);
        assertThat(r.legs()).extracting(LegStatistics::role).containsExactlyInAnyOrder("caller", "callee");
        assertThat(r.legs()).allSatisfy(l -> assertThat(l.packets()).isEqualTo(20));
        LegStatistics callee = r.legs().stream().filter(l -> l.role().equals("callee")).findFirst().orElseThrow();
        assertThat(callee.ssrcs()).containsExactly("0x00000B0B", "0x0000B0B2");
        WavFile w = WavFile.read(wav());
        short[] right = w.channel(1);
        for (int k = 0; k < 20; k++) {
            assertLevel(right, k * PACKET, alawRoundTrip(level(k)));
        }
    }

    @Test
    void twoCallsInOneCaptureAreSeparatedAndTheFirstIsConverted() throws Exception {
        Leg carolToDave = new Leg("10.0.0.1", 22000, "10.0.0.2", 32000);
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            setup(f, "first", 0, aliceSdp(), bobSdp());
            setup(f, "second", 1_000_000, audioSdp("10.0.0.1", 22000, "8"), audioSdp("10.0.0.2", 32000, "8"));
            for (int k = 0; k < 10; k++) {
                f.rtp(ALICE_TO_BOB, 100_000 + k * 20_000L, 0, k, 160L * k, 0x1, ulawPacket(level(k)));
                f.rtp(carolToDave, 1_100_000 + k * 20_000L, 8, k, 160L * k, 0x2, alawPacket(level(k)));
            }
        }
        ConversionResult first = engine.convert(capture(), wav(), MONO);
        assertThat(first.legs()).extracting(LegStatistics::callId).containsExactly("first");
        assertThat(first.durationMillis()).isEqualTo(200);
        assertThat(first.calls()).extracting(CallInfo::callId, CallInfo::converted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first", true), org.assertj.core.groups.Tuple.tuple("second", false));

        ConversionResult second = engine.convert(capture(), wav(), MONO.withCallId("second"));
        assertThat(second.legs()).extracting(LegStatistics::callId, LegStatistics::codecs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("second", List.of("PCMA")));
        assertThat(WavFile.read(wav()).samples()[0]).isEqualTo(alawRoundTrip(level(0)));

        assertThatThrownBy(() -> engine.convert(capture(), wav(), MONO.withCallId("third")))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.CALL_NOT_FOUND));
    }

    @Test
    void theFirstCallWithDecodableAudioIsConvertedByDefault() throws Exception {
        Leg carolToDave = new Leg("10.0.0.1", 22000, "10.0.0.2", 32000);
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            // AMR (RFC 4867) has no decoder in this project.
            setup(f, "amr", 0, audioSdp("10.0.0.1", 20000, "96", "a=rtpmap:96 AMR/8000"),
                    audioSdp("10.0.0.2", 30000, "96", "a=rtpmap:96 AMR/8000"));
            setup(f, "g711", 10_000, audioSdp("10.0.0.1", 22000, "8"), audioSdp("10.0.0.2", 32000, "8"));
            for (int k = 0; k < 10; k++) {
                f.rtp(ALICE_TO_BOB, 100_000 + k * 20_000L, 96, k, 160L * k, 0x1, new byte[32]);
                f.rtp(carolToDave, 300_000 + k * 20_000L, 8, k, 160L * k, 0x2, alawPacket(level(k)));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        assertThat(r.legs()).extracting(LegStatistics::callId).containsExactly("g711");
        assertThat(r.calls()).extracting(CallInfo::converted).containsExactly(false, true);
    }

    @Test
    void dynamicPayloadTypesFromSdpAreDecodedOrKeptAsEvents() throws Exception {
        String bob = audioSdp("10.0.0.2", 30000, "96 97", "a=rtpmap:96 PCMA/8000", "a=rtpmap:97 telephone-event/8000");
        byte[] event = {5, (byte) 0x8A, 0x03, 0x20, 0, 0, 0, 0};
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            setup(f, "c1", 0, aliceSdp(), bob);
            for (int k = 0; k < 10; k++) {
                f.rtp(ALICE_TO_BOB, 100_000 + k * 20_000L, k == 5 ? 97 : 96, k, 160L * k, 0x1,
                        k == 5 ? event : alawPacket(level(k)));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        assertThat(r.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.codecs()).containsExactly("PCMA", "telephone-event");
            assertThat(leg.unsupported()).isZero();
            assertThat(leg.role()).isEqualTo("caller");
        });
        short[] s = WavFile.read(wav()).samples();
        assertLevel(s, 0, alawRoundTrip(level(0)));
        assertLevel(s, 9 * PACKET, alawRoundTrip(level(9)));
    }

    @Test
    void withoutSipDynamicAudioStaysUnsupported() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                f.rtp(ALICE_TO_BOB, k * 20_000L, 96, k, 160L * k, 0x1, alawPacket(level(k)));
            }
        }
        assertThatThrownBy(() -> engine.convert(capture(), wav(), MONO))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.UNSUPPORTED_CODEC));
    }

    @Test
    void sideFileGivesRolesToACaptureWithoutSip() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                f.rtp(BOB_TO_ALICE, k * 20_000L, 8, 500 + k, 160L * k, 0xB0B, alawPacket(level(k + 20)));
                f.rtp(ALICE_TO_BOB, 5_000 + k * 20_000L, 0, 100 + k, 160L * k, 0xA11CE, ulawPacket(level(k)));
            }
        }
        Path side = Files.writeString(dir.resolve("call.json"), "{\"callId\":\"side-1\",\"caller\":{\"sdp\":"
                + json(aliceSdp()) + "},\"callee\":{\"sdp\":" + json(bobSdp()) + "},\"metadata\":\"queue=7\"}");
        ConversionResult r = engine.convert(capture(), wav(), STEREO.withSideFile(side));
        assertThat(r.legs()).extracting(LegStatistics::role).containsExactly("callee", "caller");
        assertThat(r.calls()).extracting(CallInfo::callId).containsExactly("side-1");
        short[] left = WavFile.read(wav()).channel(0);
        assertLevel(left, 40, ulawRoundTrip(level(0)));

        Path bad = Files.writeString(dir.resolve("bad.json"), "{]");
        assertThatThrownBy(() -> engine.convert(capture(), wav(), STEREO.withSideFile(bad)))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.BAD_SIDE_FILE));
    }

    @Test
    void sipInfoRecordAndDtmfRelayAreReportedWithTheirTimes() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            setup(f, "c1", 0, aliceSdp(), bobSdp());
            for (int k = 0; k < 10; k++) {
                f.rtp(ALICE_TO_BOB, 100_000 + k * 20_000L, 0, k, 160L * k, 0x1, ulawPacket(level(k)));
            }
            sip(f, SIP_AB, 150_000, SipMessageBuilder.request("INFO", BOB)
                    .dialog("c1", ALICE, "tagA", BOB, "tagB", 2, "INFO").header("Record", "off"));
            sip(f, SIP_BA, 170_000, SipMessageBuilder.request("INFO", ALICE)
                    .dialog("c1", BOB, "tagB", ALICE, "tagA", 1, "INFO")
                    .body("application/dtmf-relay", "Signal=9\r\nDuration=250\r\n"));
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        long epochMillis = CaptureFixture.EPOCH_NANOS / 1_000_000;
        assertThat(r.calls().get(0).infoEvents()).containsExactly(
                new SipInfoEvent(CaptureFixture.EPOCH_NANOS + 150_000_000L, Role.CALLER, SipInfoEvent.Kind.RECORD, "off", 0),
                new SipInfoEvent(CaptureFixture.EPOCH_NANOS + 170_000_000L, Role.CALLEE, SipInfoEvent.Kind.DTMF, "9", 250));
        assertThat(r.toJson()).contains("\"timeMillis\":" + (epochMillis + 150), "\"kind\":\"record\"",
                "\"value\":\"9\"", "\"durationMillis\":250");
    }

    @Test
    void siprecStreamsToTheRecorderTakeTheirRolesFromTheMediaLineOrder() throws Exception {
        String recorder = audioSdp("10.0.0.2", 30000, "0", "a=recvonly", "a=label:1")
                + "m=audio 30002 RTP/AVP 0\r\na=recvonly\r\na=label:2\r\n";
        Leg stream2 = new Leg("10.0.0.1", 20002, "10.0.0.2", 30002);
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            sip(f, SIP_BA, 0, SipMessageBuilder.response(200, "OK")
                    .dialog("rec", "sip:src@a", "tagS", "sip:srs@b", "tagR", 1, "INVITE")
                    .body("application/sdp", recorder));
            for (int k = 0; k < 10; k++) {
                f.rtp(stream2, 100_000 + k * 20_000L, 0, k, 160L * k, 0x2, ulawPacket(level(k + 5)));
                f.rtp(ALICE_TO_BOB, 110_000 + k * 20_000L, 0, k, 160L * k, 0x1, ulawPacket(level(k)));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), STEREO);
        assertThat(r.legs()).extracting(LegStatistics::destination, LegStatistics::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("10.0.0.2:30002", "callee"),
                org.assertj.core.groups.Tuple.tuple("10.0.0.2:30000", "caller"));
        assertLevel(WavFile.read(wav()).channel(0), 80, ulawRoundTrip(level(0)));
    }

    @Test
    void garbageAndTruncatedSipDoNotDisturbTheConversion() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            byte[] junk = "INVITE \u0000\u0001 garbage\r\nCall-ID\r\n".getBytes(StandardCharsets.ISO_8859_1);
            f.udp(SIP_AB, 0, junk, junk.length);
            byte[] cut = SipMessageBuilder.request("INVITE", BOB).dialog("c1", ALICE, "tagA", BOB, null, 1, "INVITE")
                    .body("application/sdp", aliceSdp()).build();
            f.udp(SIP_AB, 10, cut, cut.length - 40);
            for (int k = 0; k < 10; k++) {
                f.rtp(ALICE_TO_BOB, 100_000 + k * 20_000L, 0, k, 160L * k, 0x1, ulawPacket(level(k)));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        assertThat(r.durationMillis()).isEqualTo(200);
        assertThat(r.legs()).singleElement().satisfies(l -> assertThat(l.callId()).isEqualTo("c1"));
        assertThat(r.sip()).isEqualTo(new SipCounters(1, 1, 1));
        assertThat(r.toJson()).contains("\"sip\":{\"messages\":1,\"malformed\":1,\"truncated\":1}");
    }

    private static String json(String s) {
        return "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
