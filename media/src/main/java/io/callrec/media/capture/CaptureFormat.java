package io.callrec.media.capture;

import java.util.Optional;

/** Probes the first bytes of a file for a known capture container. */
public final class CaptureFormat {

    /** Container kinds we recognise. */
    public enum Kind { PCAP, PCAPNG }

    static final int PCAP_MICROS = 0xA1B2C3D4;
    static final int PCAP_NANOS = 0xA1B23C4D;
    static final int PCAPNG_SECTION_HEADER = 0x0A0D0D0A;

    private CaptureFormat() {
    }

    /** Needs at least the first 4 bytes; both byte orders of the pcap magic are accepted. */
    public static Optional<Kind> detect(byte[] firstBytes) {
        if (firstBytes == null || firstBytes.length < 4) {
            return Optional.empty();
        }
        int be = Bytes.int32(firstBytes, 0, false);
        int le = Integer.reverseBytes(be);
        if (be == PCAP_MICROS || le == PCAP_MICROS || be == PCAP_NANOS || le == PCAP_NANOS) {
            return Optional.of(Kind.PCAP);
        }
        // The SHB block type is a palindrome, so it reads the same in both byte orders.
        if (be == PCAPNG_SECTION_HEADER) {
            return Optional.of(Kind.PCAPNG);
        }
        return Optional.empty();
    }
}
