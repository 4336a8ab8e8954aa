package io.callrec.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RtpHeaderTest {

    private final RtpHeader h = new RtpHeader();

    @Test
    void unsignedFieldsAreMasked() {
        byte[] p = {(byte) 0x80, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 1, 2};
        assertThat(h.parse(p, 0, p.length)).isTrue();
        assertThat(h.marker()).isTrue();
        assertThat(h.payloadType()).isEqualTo(127);
        assertThat(h.sequence()).isEqualTo(65535);
        assertThat(h.timestamp()).isEqualTo(0xFFFF_FFFFL);
        assertThat(h.ssrc()).isEqualTo(0xFFFF_FFFEL);
        assertThat(h.payloadOffset()).isEqualTo(12);
        assertThat(h.payloadLength()).isEqualTo(2);
    }

    @Test
    void csrcListExtensionAndPaddingAreSkipped() {
        // V=2 P=1 X=1 CC=2, PT 8; 2 CSRCs, extension of 1 word, 3 payload bytes, 3 padding bytes.
        byte[] p = new byte[12 + 8 + 8 + 3 + 3];
        p[0] = (byte) 0xB2;
        p[1] = 8;
        p[12 + 8 + 3] = 1;
        p[28] = 'a';
        p[29] = 'b';
        p[30] = 'c';
        p[p.length - 1] = 3;
        assertThat(h.parse(p, 0, p.length)).isTrue();
        assertThat(h.csrcCount()).isEqualTo(2);
        assertThat(h.extension()).isTrue();
        assertThat(h.padding()).isTrue();
        assertThat(h.payloadOffset()).isEqualTo(28);
        assertThat(h.payloadLength()).isEqualTo(3);
    }

    @Test
    void versionOtherThanTwoIsRejected() {
        byte[] p = new byte[20];
        p[0] = 0x40;
        assertThat(h.parse(p, 0, p.length)).isFalse();
    }

    @Test
    void inconsistentLengthsAreRejected() {
        byte[] csrcBeyondEnd = new byte[16];
        csrcBeyondEnd[0] = (byte) 0x82;
        assertThat(h.parse(csrcBeyondEnd, 0, 16)).isFalse();
        byte[] paddingBeyondEnd = new byte[14];
        paddingBeyondEnd[0] = (byte) 0xA0;
        paddingBeyondEnd[13] = 9;
        assertThat(h.parse(paddingBeyondEnd, 0, 14)).isFalse();
        assertThat(h.parse(new byte[11], 0, 11)).isFalse();
    }

    @Test
    void parsesAtAnOffsetInsideALargerBuffer() {
        byte[] p = new byte[40];
        p[10] = (byte) 0x80;
        p[11] = 0;
        p[12] = 0x12;
        p[13] = 0x34;
        assertThat(h.parse(p, 10, 30)).isTrue();
        assertThat(h.sequence()).isEqualTo(0x1234);
        assertThat(h.payloadOffset()).isEqualTo(22);
        assertThat(h.payloadLength()).isEqualTo(18);
    }

    /** RFC 3550 §5.1: the padding count includes itself and may cover the whole payload. */
    @Test
    void paddingMayConsumeTheWholePayload() {
        byte[] p = new byte[12 + 4];
        p[0] = (byte) 0xA0;
        p[p.length - 1] = 4;
        assertThat(h.parse(p, 0, p.length)).isTrue();
        assertThat(h.payloadLength()).isZero();
    }

    /** RFC 3550 §5.3.1: the extension length counts 32-bit words after its 4-byte header. */
    @Test
    void extensionLongerThanThePacketIsRejected() {
        byte[] p = new byte[12 + 4 + 8];
        p[0] = (byte) 0x90;
        p[15] = 3; // 12 bytes of extension data, only 8 present
        assertThat(h.parse(p, 0, p.length)).isFalse();
        p[15] = 2;
        assertThat(h.parse(p, 0, p.length)).isTrue();
        assertThat(h.payloadOffset()).isEqualTo(24);
        assertThat(h.payloadLength()).isZero();
    }
}
