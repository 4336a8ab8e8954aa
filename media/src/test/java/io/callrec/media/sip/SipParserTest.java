package io.callrec.media.sip;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.SipMessageBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SipParserTest {

    private static final String SDP = SipMessageBuilder.audioSdp("10.0.0.1", 20000, "0 101",
            "a=rtpmap:101 telephone-event/8000");

    private static SipMessage parse(byte[] b) {
        return SipParser.parse(b, 0, b.length);
    }

    private static SipMessage parse(String s) {
        return parse(s.getBytes(StandardCharsets.UTF_8));
    }

    private static SipMessageBuilder invite() {
        return SipMessageBuilder.request("INVITE", "sip:bob@10.0.0.2")
                .dialog("call-1@host", "sip:alice@a.example", "tagA", "sip:bob@b.example", null, 1, "INVITE");
    }

    @Test
    void compactHeaderFormsReadAsTheirLongNames() {
        SipMessage m = parse(invite().compact().body("application/sdp", SDP).build());
        assertThat(m.isRequest()).isTrue();
        assertThat(m.method()).isEqualTo("INVITE");
        assertThat(m.callId()).isEqualTo("call-1@host");
        assertThat(m.fromTag()).isEqualTo("tagA");
        assertThat(m.fromUri()).isEqualTo("sip:alice@a.example");
        assertThat(m.toUri()).isEqualTo("sip:bob@b.example");
        assertThat(m.toTag()).isNull();
        assertThat(m.header("Via")).startsWith("SIP/2.0/UDP");
        assertThat(m.contentType()).isEqualTo("application/sdp");
        assertThat(m.sdp()).isEqualTo(SDP);
        assertThat(m.truncated()).isFalse();
    }

    @Test
    void foldedHeaderLinesAreJoinedToTheirHeader() {
        SipMessage m = parse(invite().folded().build());
        assertThat(m.header("via")).isEqualTo("SIP/2.0/UDP 10.0.0.9:5060 ;branch=z9hG4bK"
                + Long.toHexString("call-1@host".hashCode() + 1));
        assertThat(m.fromTag()).isEqualTo("tagA");
        assertThat(m.callId()).isEqualTo("call-1@host");
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        SipMessage m = parse("BYE sip:bob@b SIP/2.0\r\ncAlL-iD: abc\r\nCSEQ: 7 bye\r\nrecord: On\r\n\r\n");
        assertThat(m.callId()).isEqualTo("abc");
        assertThat(m.cseqNumber()).isEqualTo(7);
        assertThat(m.cseqMethod()).isEqualTo("BYE");
        assertThat(m.header("RECORD")).isEqualTo("On");
    }

    @Test
    void responseCarriesStatusAndTheMethodItAnswers() {
        SipMessage m = parse(SipMessageBuilder.response(200, "OK")
                .dialog("c", "sip:a@a", "ta", "sip:b@b", "tb", 2, "INVITE").build());
        assertThat(m.isRequest()).isFalse();
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.cseqMethod()).isEqualTo("INVITE");
        assertThat(m.toTag()).isEqualTo("tb");
    }

    @Test
    void sdpIsFoundInsideMultipartMixedAsSiprecSendsIt() {
        SipMessage m = parse(invite().multipart("uniqueBoundary",
                "application/sdp", SDP,
                "application/rs-metadata+xml", "<recording xmlns='urn:ietf:params:xml:ns:recording:1'/>").build());
        assertThat(m.contentType()).isEqualTo("multipart/mixed");
        assertThat(m.sdp()).isEqualTo(SDP);
        assertThat(Multipart.parts(m.header("content-type"), m.body()))
                .extracting(Multipart.Part::contentType)
                .containsExactly("application/sdp", "application/rs-metadata+xml");
    }

    @Test
    void quotedBoundaryIsUnquoted() {
        assertThat(Multipart.boundary("multipart/mixed; boundary=\"a b\"")).isEqualTo("a b");
    }

    @Test
    void bodyEndsAtContentLengthAndShortBodyIsFlaggedTruncated() {
        byte[] full = invite().body("application/sdp", SDP).build();
        byte[] padded = new byte[full.length + 10];
        System.arraycopy(full, 0, padded, 0, full.length);
        assertThat(parse(padded).sdp()).isEqualTo(SDP);
        SipMessage cut = SipParser.parse(full, 0, full.length - 30);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.callId()).isEqualTo("call-1@host");
    }

    @Test
    void headersCutShortStillYieldWhatArrived() {
        byte[] full = invite().build();
        String text = new String(full, StandardCharsets.UTF_8);
        int cut = text.indexOf("CSeq");
        SipMessage m = SipParser.parse(full, 0, cut);
        assertThat(m.truncated()).isTrue();
        assertThat(m.callId()).isEqualTo("call-1@host");
        assertThat(m.cseqNumber()).isEqualTo(-1);
    }

    @Test
    void bareLineFeedsAndLeadingKeepAlivesAreAccepted() {
        SipMessage m = parse("\r\n\r\nACK sip:b SIP/2.0\nCall-ID: x\nContent-Length: 2\n\nok");
        assertThat(m.method()).isEqualTo("ACK");
        assertThat(m.bodyText()).isEqualTo("ok");
    }

    @Test
    void nonSipTextAndBadStartLinesAreRejected() {
        assertThat(parse("HTTP/1.1 200 OK\r\n\r\n")).isNull();
        assertThat(parse("SIP/2.0 2x0 OK\r\n\r\n")).isNull();
        assertThat(parse("INV<TE sip:a SIP/2.0\r\n\r\n")).isNull();
        assertThat(SipParser.parse(new byte[0], 0, 0)).isNull();
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        byte[] prefix = "INVITE sip:a SIP/2.0\r\nContent-Length: 99999999\r\nf: <".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[random.nextInt(600)];
            random.nextBytes(b);
            if (i % 2 == 0 && b.length > prefix.length) {
                System.arraycopy(prefix, 0, b, 0, prefix.length);
            }
            SipMessage m = SipParser.parse(b, 0, b.length);
            if (m != null) {
                m.sdp();
                m.fromTag();
                m.cseqNumber();
            }
        }
    }
}
