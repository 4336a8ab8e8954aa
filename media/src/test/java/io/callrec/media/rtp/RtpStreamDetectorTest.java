package io.callrec.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.RtpPacketBuilder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtpStreamDetectorTest {

    private final RtpStreamDetector detector = new RtpStreamDetector();
    private final RtpHeader h = new RtpHeader();
    private final byte[] packet = new byte[200];

    private StreamInfo offer(int pt, int seq, long ts, long ssrc) {
        int len = RtpPacketBuilder.build(pt, false, seq, ts, ssrc, new byte[160], 0, 160, packet);
        if (!RtpStreamDetector.isCandidate(packet, 0, len, 4000, 5000, h)) {
            return null;
        }
        return detector.offer(1, 4000, 2, 5000, seq * 1000L, h);
    }

    @Test
    void streamIsAcceptedOnlyAfterThreeConsecutivePackets() {
        assertThat(offer(0, 10, 1600, 7)).isNull();
        assertThat(offer(0, 11, 1760, 7)).isNull();
        StreamInfo s = offer(0, 12, 1920, 7);
        assertThat(s).isNotNull();
        assertThat(s.firstNanos()).isEqualTo(10_000L);
        assertThat(s.packets()).isEqualTo(3);
        assertThat(s.sawPayloadType(0)).isTrue();
        assertThat(detector.accepted()).hasSize(1);
    }

    @Test
    void sequenceWrapCountsAsProgression() {
        offer(8, 65534, 0, 9);
        offer(8, 65535, 160, 9);
        assertThat(offer(8, 0, 320, 9)).isNotNull();
    }

    @Test
    void randomSequenceJumpsNeverQualify() {
        offer(0, 100, 0, 5);
        offer(0, 9000, 160, 5);
        offer(0, 300, 320, 5);
        offer(0, 40000, 480, 5);
        assertThat(detector.accepted()).isEmpty();
    }

    @Test
    void rtcpPayloadTypeRangeIsNeverACandidate() {
        for (int pt = 72; pt <= 76; pt++) {
            int len = RtpPacketBuilder.build(pt, true, 1, 0, 1, new byte[20], 0, 20, packet);
            assertThat(RtpStreamDetector.isCandidate(packet, 0, len, 4000, 5000, h)).isFalse();
        }
    }

    @Test
    void sipMessagesAndWellKnownPortsAreNotCandidates() {
        byte[] sip = "SIP/2.0 200 OK\r\nVia: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(RtpStreamDetector.isCandidate(sip, 0, sip.length, 5060, 5060, h)).isFalse();
        byte[] invite = "INVITE sip:bob@example.com SIP/2.0\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(SipSignature.isSip(invite, 0, invite.length)).isTrue();
        int len = RtpPacketBuilder.build(0, false, 1, 0, 1, new byte[160], 0, 160, packet);
        assertThat(RtpStreamDetector.isCandidate(packet, 0, len, 53, 40000, h)).isFalse();
    }
}
