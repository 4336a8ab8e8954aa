package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.IpPacketBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressTest {

    private static String format(String literal) {
        byte[] a = IpPacketBuilder.address(literal);
        if (a.length == 4) {
            return IpAddress.format(0, IpAddress.v4Low(Bytes.int32(a, 0, false)));
        }
        return IpAddress.format(Bytes.int64(a, 0), Bytes.int64(a, 8));
    }

    /** RFC 5952 §4 examples: lower case, no leading zeros, longest (first) zero run compressed, single zero kept. */
    @ParameterizedTest
    @CsvSource({"2001:0DB8:0000:0000:0000:0000:0002:0001, 2001:db8::2:1", "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1", "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "0:0:0:0:0:0:0:0, ::",
        "0:0:0:0:0:0:0:1, ::1", "fe80:0:0:0:0:0:0:0, fe80::", "192.0.2.33, 192.0.2.33", "255.255.255.255, 255.255.255.255"})
    void addressesPrintInTheirCanonicalText(String literal, String expected) {
        assertThat(format(literal)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1, 10.0.0.1:5060", "2001:db8::7, [2001:db8::7]:5060"})
    void portsFollowAddressesAsInAUriAuthority(String literal, String expected) {
        byte[] a = IpPacketBuilder.address(literal);
        String text = a.length == 4 ? IpAddress.withPort(0, IpAddress.v4Low(Bytes.int32(a, 0, false)), 5060)
                : IpAddress.withPort(Bytes.int64(a, 0), Bytes.int64(a, 8), 5060);
        assertThat(text).isEqualTo(expected);
    }
}
