package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.capture.CaptureFormat.Kind;
import org.junit.jupiter.api.Test;

class CaptureFormatTest {

    @Test
    void pcapMagicIsRecognisedInBothByteOrdersAndBothResolutions() {
        assertThat(CaptureFormat.detect(new byte[] {(byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4})).contains(Kind.PCAP);
        assertThat(CaptureFormat.detect(new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1})).contains(Kind.PCAP);
        assertThat(CaptureFormat.detect(new byte[] {(byte) 0xA1, (byte) 0xB2, 0x3C, 0x4D})).contains(Kind.PCAP);
        assertThat(CaptureFormat.detect(new byte[] {0x4D, 0x3C, (byte) 0xB2, (byte) 0xA1, 2, 0})).contains(Kind.PCAP);
    }

    @Test
    void pcapngSectionHeaderIsRecognised() {
        assertThat(CaptureFormat.detect(new byte[] {0x0A, 0x0D, 0x0D, 0x0A, 0, 0, 0, 0x1C})).contains(Kind.PCAPNG);
    }

    @Test
    void otherBytesAreNotACapture() {
        assertThat(CaptureFormat.detect(new byte[] {'R', 'I', 'F', 'F'})).isEmpty();
        assertThat(CaptureFormat.detect(new byte[] {(byte) 0xA1, (byte) 0xB2})).isEmpty();
        assertThat(CaptureFormat.detect(new byte[0])).isEmpty();
        assertThat(CaptureFormat.detect(null)).isEmpty();
    }
}
