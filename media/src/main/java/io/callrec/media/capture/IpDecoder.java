package io.callrec.media.capture;

/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200) headers down to the transport header: header lengths
 * checked against what was captured, IPv6 extension headers walked, fragments handed to the
 * {@link FragmentReassembler}. Every rejection is counted; nothing here throws.
 */
final class IpDecoder {

    private static final int HOP_BY_HOP = 0;
    private static final int ROUTING = 43;
    private static final int FRAGMENT = 44;
    private static final int AUTHENTICATION = 51;
    private static final int NO_NEXT_HEADER = 59;
    private static final int DESTINATION_OPTIONS = 60;
    private static final int MOBILITY = 135;
    /** Bound on the extension-header walk; real packets carry a handful at most. */
    private static final int MAX_EXTENSION_HEADERS = 16;

    private final CaptureCounters counters;
    private final FragmentReassembler fragments;

    IpDecoder(CaptureCounters counters) {
        this.counters = counters;
        this.fragments = new FragmentReassembler(counters);
    }

    /** True when {@code out} holds a whole transport packet taken from the IP packet at {@code offset}. */
    boolean decode(Frame frame, int offset, IpPacket out) {
        out.timestampNanos = frame.timestampNanos;
        if (offset < 0 || offset >= frame.length) {
            counters.truncatedPackets++;
            return false;
        }
        int version = (frame.data[offset] & 0xF0) >>> 4;
        if (version == 4) {
            return ipv4(frame.data, offset, frame.length - offset, out);
        }
        if (version == 6) {
            return ipv6(frame.data, offset, frame.length - offset, out);
        }
        counters.malformedPackets++;
        return false;
    }

    void finish() {
        fragments.finish();
    }

    private boolean ipv4(byte[] b, int off, int available, IpPacket out) {
        if (available < 20) {
            counters.truncatedPackets++;
            return false;
        }
        int headerLength = (b[off] & 0x0F) * 4;
        int totalLength = Bytes.uint16(b, off + 2);
        if (totalLength == 0 && headerLength <= available) {
            // Segmentation offload: the sending host captured a packet before the NIC filled this in.
            totalLength = Math.min(available, 65535);
        }
        if (headerLength < 20 || totalLength < headerLength) {
            counters.malformedPackets++;
            return false;
        }
        if (totalLength > available) {
            counters.truncatedPackets++;
            return false;
        }
        out.v6 = false;
        out.sourceHigh = 0;
        out.sourceLow = IpAddress.v4Low(Bytes.int32(b, off + 12, false));
        out.destinationHigh = 0;
        out.destinationLow = IpAddress.v4Low(Bytes.int32(b, off + 16, false));
        int protocol = Bytes.uint8(b, off + 9);
        int flagsAndOffset = Bytes.uint16(b, off + 6);
        boolean more = (flagsAndOffset & 0x2000) != 0;
        int fragmentOffset = (flagsAndOffset & 0x1FFF) * 8;
        int payload = off + headerLength;
        int payloadLength = totalLength - headerLength;
        if (!more && fragmentOffset == 0) {
            return transport(b, payload, payloadLength, protocol, out);
        }
        if (protocol != IpPacket.UDP && protocol != IpPacket.TCP) {
            counters.otherProtocolPackets++;
            return false;
        }
        return fragments.offer(out, Bytes.uint16(b, off + 4), protocol, fragmentOffset, more, b, payload, payloadLength);
    }

    private boolean ipv6(byte[] b, int off, int available, IpPacket out) {
        if (available < 40) {
            counters.truncatedPackets++;
            return false;
        }
        int payloadLength = Bytes.uint16(b, off + 4);
        if (payloadLength == 0) {
            // Jumbogram (RFC 2675) or segmentation offload: bounded by what was captured.
            payloadLength = Math.min(available - 40, 65535);
        }
        if (40 + payloadLength > available) {
            counters.truncatedPackets++;
            return false;
        }
        out.v6 = true;
        out.sourceHigh = Bytes.int64(b, off + 8);
        out.sourceLow = Bytes.int64(b, off + 16);
        out.destinationHigh = Bytes.int64(b, off + 24);
        out.destinationLow = Bytes.int64(b, off + 32);
        return walk(b, off + 40, off + 40 + payloadLength, Bytes.uint8(b, off + 6), true, out);
    }

    /** RFC 8200 §4: follows the next-header chain over [p, end) to the transport header. */
    private boolean walk(byte[] b, int start, int end, int firstHeader, boolean mayFragment, IpPacket out) {
        int next = firstHeader;
        int p = start;
        for (int n = 0; n < MAX_EXTENSION_HEADERS; n++) {
            switch (next) {
                case HOP_BY_HOP, ROUTING, DESTINATION_OPTIONS, MOBILITY, AUTHENTICATION -> {
                    if (p + 8 > end) {
                        counters.malformedPackets++;
                        return false;
                    }
                    int length = next == AUTHENTICATION ? (Bytes.uint8(b, p + 1) + 2) * 4 : (Bytes.uint8(b, p + 1) + 1) * 8;
                    next = Bytes.uint8(b, p);
                    p += length;
                    if (p > end) {
                        counters.malformedPackets++;
                        return false;
                    }
                }
                case FRAGMENT -> {
                    if (p + 8 > end || !mayFragment) {
                        counters.malformedPackets++;
                        return false;
                    }
                    int fragmentNext = Bytes.uint8(b, p);
                    int offsetAndFlags = Bytes.uint16(b, p + 2);
                    int fragmentOffset = offsetAndFlags & 0xFFF8;
                    boolean more = (offsetAndFlags & 1) != 0;
                    long id = Bytes.uint32(b, p + 4);
                    p += 8;
                    if (fragmentOffset == 0 && !more) {
                        // Atomic fragment (RFC 6946 §4): processed as a whole packet.
                        next = fragmentNext;
                        continue;
                    }
                    if (!fragments.offer(out, id, fragmentNext, fragmentOffset, more, b, p, end - p)) {
                        return false;
                    }
                    return walk(out.data, 0, out.length, out.protocol, false, out);
                }
                case NO_NEXT_HEADER -> {
                    counters.otherProtocolPackets++;
                    return false;
                }
                default -> {
                    return transport(b, p, end - p, next, out);
                }
            }
        }
        counters.malformedPackets++;
        return false;
    }

    private boolean transport(byte[] b, int off, int length, int protocol, IpPacket out) {
        if (protocol != IpPacket.UDP && protocol != IpPacket.TCP) {
            counters.otherProtocolPackets++;
            return false;
        }
        out.data = b;
        out.offset = off;
        out.length = length;
        out.protocol = protocol;
        return true;
    }
}
