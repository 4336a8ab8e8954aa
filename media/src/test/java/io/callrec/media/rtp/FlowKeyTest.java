package io.callrec.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.capture.IpAddress;
import org.junit.jupiter.api.Test;

class FlowKeyTest {

    @Test
    void ipv4KeysFromBothSettersAreEqual() {
        FlowKey narrow = new FlowKey().set(0x0A000001, 5004, 0x0A000002, 6004, 7);
        FlowKey wide = new FlowKey().set(0, IpAddress.v4Low(0x0A000001), 5004, 0, IpAddress.v4Low(0x0A000002), 6004, 7);
        assertThat(wide).isEqualTo(narrow).hasSameHashCodeAs(narrow);
        assertThat(narrow.toString()).isEqualTo("10.0.0.1:5004 -> 10.0.0.2:6004");
    }

    @Test
    void ipv6AddressesDifferingOnlyInTheirHighHalfAreDifferentFlows() {
        FlowKey a = new FlowKey().set(0x2001_0db8_0000_0000L, 1, 5004, 0x2001_0db8_0000_0000L, 2, 6004, -1);
        FlowKey b = new FlowKey().set(0x2001_0db8_0000_0001L, 1, 5004, 0x2001_0db8_0000_0000L, 2, 6004, -1);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.source()).isEqualTo("[2001:db8::1]:5004");
        assertThat(b.source()).isEqualTo("[2001:db8:0:1::1]:5004");
    }

    @Test
    void directionDropsOnlyTheSsrc() {
        FlowKey k = new FlowKey().set(0x2001_0db8_0000_0000L, 1, 5004, 0, IpAddress.v4Low(0x7F000001), 6004, 0xCAFEL);
        FlowKey d = k.direction();
        assertThat(d).isNotEqualTo(k);
        assertThat(d).isEqualTo(new FlowKey().set(0x2001_0db8_0000_0000L, 1, 5004, 0, IpAddress.v4Low(0x7F000001), 6004, -1));
        assertThat(d.toString()).isEqualTo("[2001:db8::1]:5004 -> 127.0.0.1:6004");
    }
}
