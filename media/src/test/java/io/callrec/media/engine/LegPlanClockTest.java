package io.callrec.media.engine;

import static io.callrec.media.testing.CaptureFixture.A;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.call.CallParty;
import io.callrec.media.testing.CaptureFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A leg's RTP clock with an SDP map: the rate of a=rtpmap for its media type (opus/48000, decoded
 * at 16 kHz), never the rate of an event type announced beside it.
 */
class LegPlanClockTest {

    private static final byte[] DTMF_1 = {1, 0x0A, 0, (byte) 160};

    @TempDir
    Path dir;

    @Test
    void mediaTypeClockWinsOverATelephoneEventClockAnnouncedBesideIt() throws Exception {
        Path capture = dir.resolve("call.pcap");
        try (CaptureFixture f = CaptureFixture.create(capture)) {
            for (int k = 0; k < 10; k++) {
                f.rtp(A, k * 20_000L, 111, k, 960L * k, 5, new byte[] {(byte) 0x78, 1, 2, 3, 4, 5});
            }
            for (int k = 10; k < 14; k++) {
                f.rtp(A, k * 20_000L, 96, k, 9600, 5, DTMF_1);
            }
        }
        // A (10.0.0.1 -> 10.0.0.2:30000) sends to where the callee receives: the caller's leg, with the callee's map.
        String calleeSdp = "v=0\\r\\nc=IN IP4 10.0.0.2\\r\\nm=audio 30000 RTP/AVP 111 96\\r\\n"
                + "a=rtpmap:111 opus/48000/2\\r\\na=rtpmap:96 telephone-event/8000\\r\\n";
        String callerSdp = "v=0\\r\\nc=IN IP4 10.0.0.1\\r\\nm=audio 20000 RTP/AVP 0\\r\\n";
        Path side = Files.writeString(dir.resolve("call.json"), "{\"callId\":\"clock-1\",\"caller\":{\"sdp\":\""
                + callerSdp + "\"},\"callee\":{\"sdp\":\"" + calleeSdp + "\"}}");
        StreamScan.Result scan = StreamScan.run(capture);
        CallSelection calls = CallSelection.choose(scan.streams(), scan.signalling(),
                ConversionOptions.defaults().withSideFile(side));
        LegPlan plan = new LegPlan(calls.streams(), calls.assignments());
        assertThat(plan.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.role()).isEqualTo(CallParty.CALLER);
            assertThat(leg.clockRate()).isEqualTo(48000);
            assertThat(leg.audio()).isTrue();
            assertThat(leg.trackRate()).isEqualTo(16000);
        });
        LegPlan bare = new LegPlan(scan.streams());
        assertThat(bare.legs()).singleElement().satisfies(leg -> assertThat(leg.clockRate()).isZero());
    }
}
