package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callrec.media.testkit.OnDemandCall;
import io.callrec.media.testkit.SipMessageBuilder;
import io.callrec.media.testkit.TransferCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capture's own time of the call's connect, which the server lines the call record's clock up
 * with: the 200 OK of the initial INVITE when the capture holds it, else the call's first RTP packet,
 * and nothing when the signalling shows the capture began after the call was set up.
 */
class ClockAnchorTest {

    private static final long START = 1_764_150_000_123_456_789L;

    @TempDir
    Path dir;

    private final MediaEngine engine = new MediaEngine();

    private Path write(String name, OnDemandCall call) throws Exception {
        Path pcap = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(pcap)) {
            call.write(out);
        }
        return pcap;
    }

    @Test
    void okOfTheInitialInviteAnchorsTheCallEvenWhenMediaStartsLater() throws Exception {
        Path pcap = write("answered_700ms_before_media.pcap", new OnDemandCall(START, 2000).answeredBeforeMedia(700));

        ConversionResult analysis = engine.analyse(pcap);

        assertThat(analysis.clockAnchor()).isEqualTo(new ClockAnchor(ClockAnchor.Kind.SIP_ANSWER, START - 700_000_000L));
        assertThat(engine.convert(pcap, dir.resolve("a.wav"), ConversionOptions.defaults()).clockAnchor())
                .isEqualTo(analysis.clockAnchor());
        JsonNode json = new ObjectMapper().readTree(analysis.toJson());
        assertThat(json.get("clockAnchor").asText()).isEqualTo("sip-answer");
        assertThat(json.get("clockAnchorMillis").asLong()).isEqualTo(Math.floorDiv(START - 700_000_000L, 1_000_000L));
        assertThat(json.has("clockOffsetMillis")).as("only the server knows the other clock").isFalse();
    }

    @Test
    void withoutSipTheFirstRtpPacketAnchorsTheCall() throws Exception {
        Path pcap = write("rtp_only.pcap", new OnDemandCall(START, 2000).withoutSip());

        ConversionResult analysis = engine.analyse(pcap);

        assertThat(analysis.calls()).isEmpty();
        assertThat(analysis.clockAnchor()).isEqualTo(new ClockAnchor(ClockAnchor.Kind.FIRST_MEDIA, START));
        assertThat(new ObjectMapper().readTree(analysis.toJson()).get("clockAnchor").asText()).isEqualTo("first-media");
    }

    @Test
    void sideFileCallIsAnchoredByItsFirstRtpPacket() throws Exception {
        Path pcap = write("rtp_only_with_side_file.pcap", new OnDemandCall(START, 2000).withoutSip());
        Path side = dir.resolve("call.json");
        Files.writeString(side, new ObjectMapper().createObjectNode().put("callId", "side")
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("caller", new ObjectMapper().createObjectNode()
                        .put("sdp", SipMessageBuilder.audioSdp("10.0.0.1", 20000, "0"))).toString());

        ConversionResult r = engine.convert(pcap, dir.resolve("s.wav"), ConversionOptions.defaults().withSideFile(side));

        assertThat(r.calls()).singleElement().satisfies(c -> assertThat(c.converted()).isTrue());
        assertThat(r.clockAnchor()).isEqualTo(new ClockAnchor(ClockAnchor.Kind.FIRST_MEDIA, START));
    }

    @Test
    void captureThatBeganAfterTheCallWasSetUpHasNoAnchor() throws Exception {
        Path pcap = write("setup_not_captured.pcap", new OnDemandCall(START, 2000).setupNotCaptured().record(500, true));

        ConversionResult analysis = engine.analyse(pcap);

        assertThat(analysis.calls()).singleElement().satisfies(c -> assertThat(c.infoEvents()).hasSize(1));
        assertThat(analysis.clockAnchor()).isEqualTo(ClockAnchor.NONE);
        JsonNode json = new ObjectMapper().readTree(analysis.toJson());
        assertThat(json.get("clockAnchor").asText()).isEqualTo("none");
        assertThat(json.has("clockAnchorMillis")).isFalse();
    }

    @Test
    void reInvitesThatMoveTheMediaLeaveTheAnswerOfTheInitialInvite() throws Exception {
        long t0 = 1_764_150_000_000_000_000L;
        Path pcap = dir.resolve("transfer_with_reinvites.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new TransferCall(t0).signalled().part("192.0.2.20", 0, 2000, 0).part("192.0.2.1", 2000, 3000, 1)
                    .part("192.0.2.30", 3000, 6000, 2).write(out);
        }

        ConversionResult analysis = engine.analyse(pcap);

        // TransferCall answers the INVITE 2 ms before a part's first packet, and re-INVITEs at 2 s and 3 s.
        assertThat(analysis.clockAnchor()).isEqualTo(new ClockAnchor(ClockAnchor.Kind.SIP_ANSWER, t0 - 2_000_000L));
    }

    @Test
    void statisticsCarryTheOffsetTheServerMeasured() throws Exception {
        ConversionResult analysis = engine.analyse(write("offset.pcap", new OnDemandCall(START, 1000)));

        JsonNode json = new ObjectMapper().readTree(analysis.withClockOffset(-7_200_020L).toJson());

        assertThat(json.get("clockOffsetMillis").asLong()).isEqualTo(-7_200_020L);
        assertThat(json.get("clockAnchor").asText()).isEqualTo("sip-answer");
    }
}
