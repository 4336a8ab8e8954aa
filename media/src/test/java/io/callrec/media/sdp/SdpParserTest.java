package io.callrec.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SdpParserTest {

    private static final String OFFER = String.join("\r\n",
            "v=0",
            "o=alice 2890844526 2890844526 IN IP4 192.0.2.10",
            "s=-",
            "c=IN IP4 192.0.2.10",
            "t=0 0",
            "m=audio 49170 RTP/AVP 8 0 96 97 13",
            "a=rtpmap:96 telephone-event/8000",
            "a=fmtp:96 0-15",
            "a=rtpmap:97 CN/8000",
            "a=ptime:30",
            "a=sendonly",
            "m=video 51372 RTP/AVP 31",
            "m=audio 49180 RTP/AVP 98",
            "c=IN IP6 2001:DB8:0:0::1",
            "a=rtpmap:98 opus/48000/2",
            "a=inactive",
            "") ;

    @Test
    void sessionConnectionAppliesUnlessTheMediaLineHasItsOwn() {
        SessionDescription s = SdpParser.parse(OFFER);
        assertThat(s.audio()).hasSize(2);
        assertThat(s.audio().get(0).endpoint()).isEqualTo("192.0.2.10:49170");
        assertThat(s.audio().get(1).address()).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(s.audio().get(1).endpoint()).isEqualTo("[2001:db8:0:0:0:0:0:1]:49180");
        assertThat(s.media()).hasSize(3);
    }

    @Test
    void payloadMapHasRtpmapBindingsAndStaticDefaults() {
        MediaDescription m = SdpParser.parse(OFFER).audio().get(0);
        assertThat(m.formats()).containsExactly(8, 0, 96, 97, 13);
        assertThat(m.payloadTypes().get(8)).isEqualTo(new RtpMap("PCMA", 8000, 1));
        assertThat(m.payloadTypes().get(0)).isEqualTo(new RtpMap("PCMU", 8000, 1));
        assertThat(m.payloadTypes().get(96)).isEqualTo(new RtpMap("telephone-event", 8000, 1));
        assertThat(m.telephoneEventType()).isEqualTo(96);
        assertThat(m.telephoneEventClock()).isEqualTo(8000);
        assertThat(m.comfortNoiseType()).isEqualTo(97);
        assertThat(m.fmtp()).containsEntry(96, "0-15");
        assertThat(m.ptime()).isEqualTo(30);
        assertThat(m.direction()).isEqualTo(Direction.SENDONLY);
        assertThat(m.proto()).isEqualTo("RTP/AVP");
    }

    @Test
    void channelsAndDirectionOfASecondAudioLine() {
        MediaDescription m = SdpParser.parse(OFFER).audio().get(1);
        assertThat(m.payloadTypes().get(98)).isEqualTo(new RtpMap("opus", 48000, 2));
        assertThat(m.direction()).isEqualTo(Direction.INACTIVE);
        assertThat(m.telephoneEventType()).isEqualTo(-1);
        assertThat(m.telephoneEventClock()).isZero();
    }

    @Test
    void staticComfortNoiseAndDefaultDirection() {
        String sdp = "v=0\nc=IN IP4 10.1.1.1\nm=audio 4000 RTP/AVP 0 13\n";
        MediaDescription m = SdpParser.parse(sdp).audio().get(0);
        assertThat(m.comfortNoiseType()).isEqualTo(13);
        assertThat(m.direction()).isEqualTo(Direction.SENDRECV);
        assertThat(m.ptime()).isZero();
    }

    @Test
    void sessionLevelDirectionIsTheDefaultForEveryStream() {
        String sdp = "v=0\nc=IN IP4 10.1.1.1\na=recvonly\nm=audio 4000 RTP/AVP 0\nm=audio 4002 RTP/AVP 0\na=sendrecv\n";
        List<MediaDescription> audio = SdpParser.parse(sdp).audio();
        assertThat(audio).extracting(MediaDescription::direction).containsExactly(Direction.RECVONLY, Direction.SENDRECV);
    }

    @Test
    void portZeroDisablesAndMulticastTtlIsDropped() {
        String sdp = "v=0\nc=IN IP4 224.2.1.1/127/3\nm=audio 0 RTP/AVP 0\n";
        MediaDescription m = SdpParser.parse(sdp).audio().get(0);
        assertThat(m.disabled()).isTrue();
        assertThat(m.address()).isEqualTo("224.2.1.1");
    }

    @Test
    void malformedLinesAreSkipped() {
        String sdp = "v=0\nc=IN\nm=audio x RTP/AVP 0 300 abc 8\na=rtpmap:zz PCMA/8000\na=rtpmap:8 PCMA/notanumber\n"
                + "a=ptime:abc\ngarbage\n=\n";
        MediaDescription m = SdpParser.parse(sdp).audio().get(0);
        assertThat(m.formats()).containsExactly(0, 8);
        assertThat(m.payloadTypes().get(8)).isEqualTo(new RtpMap("PCMA", 8000, 1));
        assertThat(m.address()).isNull();
        assertThat(m.endpoint()).isNull();
        assertThat(m.port()).isZero();
    }

    @Test
    void textWithoutVersionLineIsNotSdp() {
        assertThat(SdpParser.parse("hello")).isNull();
        assertThat(SdpParser.parse(null)).isNull();
    }

    @Test
    void addressesAreNormalisedWithoutNameLookups() {
        assertThat(Addresses.normalize("[::1]")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(Addresses.normalizeEndpoint("[2001:db8::1]:5004")).isEqualTo("[2001:db8:0:0:0:0:0:1]:5004");
        assertThat(Addresses.normalize("Host.Example")).isEqualTo("host.example");
        assertThat(Addresses.port("10.0.0.1:8000")).isEqualTo(8000);
    }
}
