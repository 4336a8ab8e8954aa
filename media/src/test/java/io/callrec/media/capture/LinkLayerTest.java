package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.bench.FrameBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LinkLayerTest {

    private static Frame frame(int linkType, int tags, int payloadLength) {
        Frame f = new Frame();
        f.linkType = linkType;
        f.length = new FrameBuilder(linkType, tags).udp(FrameBuilder.ip("192.168.1.2"), 4000,
                FrameBuilder.ip("10.9.8.7"), 65535, new byte[payloadLength], 0, payloadLength, f.data);
        return f;
    }

    @ParameterizedTest
    @CsvSource({"1,0,14", "1,1,18", "1,2,22", "113,0,16"})
    void ipv4HeaderIsFoundBehindEthernetVlanTagsAndSll(int linkType, int tags, int expectedOffset) {
        Frame f = frame(linkType, tags, 10);
        assertThat(LinkLayer.ipv4Offset(f)).isEqualTo(expectedOffset);
        UdpDatagram d = new UdpDatagram();
        assertThat(Ipv4UdpDecoder.decode(f, expectedOffset, d)).isTrue();
        assertThat(d.sourceAddress()).isEqualTo(FrameBuilder.ip("192.168.1.2"));
        assertThat(d.destinationPort()).isEqualTo(65535);
        assertThat(d.payloadLength()).isEqualTo(10);
        assertThat(d.payloadOffset()).isEqualTo(expectedOffset + 28);
    }

    @Test
    void unknownLinkTypeAndNonIpEtherTypeYieldNothing() {
        Frame f = frame(1, 0, 10);
        f.data[12] = (byte) 0x86;
        f.data[13] = (byte) 0xDD;
        assertThat(LinkLayer.ipv4Offset(f)).isEqualTo(-1);
        Frame g = frame(1, 0, 10);
        g.linkType = 127;
        assertThat(LinkLayer.ipv4Offset(g)).isEqualTo(-1);
    }

    @Test
    void ethernetPaddingIsIgnoredAndFragmentsAreRejected() {
        Frame f = frame(1, 0, 2);
        f.length += 16;
        UdpDatagram d = new UdpDatagram();
        assertThat(Ipv4UdpDecoder.decode(f, 14, d)).isTrue();
        assertThat(d.payloadLength()).isEqualTo(2);
        f.data[14 + 6] = 0x20;
        assertThat(Ipv4UdpDecoder.decode(f, 14, d)).isFalse();
    }

    @Test
    void ipTotalLengthBeyondTheCapturedBytesIsRejected() {
        Frame f = frame(1, 0, 100);
        f.length -= 10;
        assertThat(Ipv4UdpDecoder.decode(f, 14, new UdpDatagram())).isFalse();
    }
}
