package io.callrec.media.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.SipMessageBuilder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignallingCollectorTest {

    private final SignallingCollector collector = new SignallingCollector();

    private static byte[] invite(String callId) {
        return SipMessageBuilder.request("INVITE", "sip:b@b").dialog(callId, "sip:a@a", "ta", "sip:b@b", null, 1, "INVITE")
                .body("application/sdp", SipMessageBuilder.audioSdp("10.0.0.1", 20000, "0")).build();
    }

    @Test
    void datagramsAndStreamBytesFeedTheSameDialogs() {
        byte[] udp = invite("udp-call");
        collector.datagram(udp, 0, udp.length, 1);
        byte[] tcp = invite("tcp-call");
        collector.streamBytes("10.0.0.1:5060 -> 10.0.0.2:5060", tcp, 0, 40, 2);
        collector.streamBytes("10.0.0.1:5060 -> 10.0.0.2:5060", tcp, 40, tcp.length - 40, 3);
        CallSignalling s = collector.result();
        assertThat(s.dialogs()).extracting(SipDialog::callId).containsExactly("udp-call", "tcp-call");
        assertThat(s.find("tcp-call").orElseThrow().firstNanos()).isEqualTo(3);
        assertThat(s.messages()).isEqualTo(2);
    }

    @Test
    void garbageAndTruncationAreCountedNotThrown() {
        byte[] junk = "INVITE garbage without version\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        collector.datagram(junk, 0, junk.length, 1);
        byte[] cut = invite("cut");
        collector.datagram(cut, 0, cut.length - 20, 2);
        CallSignalling s = collector.result();
        assertThat(s.malformed()).isEqualTo(1);
        assertThat(s.truncated()).isEqualTo(1);
        assertThat(s.dialogs()).extracting(SipDialog::callId).containsExactly("cut");
    }

    @Test
    void closedConnectionForgetsItsPartialMessageButKeepsCounts() {
        String connection = "10.0.0.1:5060 -> 10.0.0.2:5060";
        byte[] junk = "garbage line\r\n".getBytes(StandardCharsets.US_ASCII);
        collector.streamBytes(connection, junk, 0, junk.length, 1);
        byte[] tcp = invite("partial");
        collector.streamBytes(connection, tcp, 0, 50, 2);
        collector.streamClosed(connection);
        collector.streamBytes(connection, tcp, 50, tcp.length - 50, 3);
        CallSignalling s = collector.result();
        assertThat(s.dialogs()).isEmpty();
        assertThat(s.malformed()).isEqualTo(2);
    }
}
