package io.callrec.media.capture;

/**
 * IPv4 (RFC 791) and UDP (RFC 768) header parsing. Fragments are rejected: reassembly is a
 * separate stage to be added, and RTP is practically never fragmented.
 */
public final class Ipv4UdpDecoder {

    private static final int PROTOCOL_UDP = 17;

    private Ipv4UdpDecoder() {
    }

    /** Fills {@code out} from the IPv4 packet at {@code offset}; false if it is not a whole UDP datagram. */
    public static boolean decode(Frame frame, int offset, UdpDatagram out) {
        byte[] b = frame.data;
        int available = frame.length - offset;
        if (offset < 0 || available < 20 || (b[offset] & 0xF0) != 0x40) {
            return false;
        }
        int headerLength = (b[offset] & 0x0F) * 4;
        int totalLength = Bytes.uint16(b, offset + 2);
        // Ethernet pads short frames, so trust the IP total length, but never beyond what was captured.
        if (headerLength < 20 || totalLength < headerLength + 8 || totalLength > available) {
            return false;
        }
        int flagsAndOffset = Bytes.uint16(b, offset + 6);
        boolean moreFragments = (flagsAndOffset & 0x2000) != 0;
        if (moreFragments || (flagsAndOffset & 0x1FFF) != 0 || Bytes.uint8(b, offset + 9) != PROTOCOL_UDP) {
            return false;
        }
        int udp = offset + headerLength;
        int udpLength = Bytes.uint16(b, udp + 4);
        if (udpLength < 8 || udpLength > totalLength - headerLength) {
            return false;
        }
        out.data = b;
        out.sourceAddress = Bytes.int32(b, offset + 12, false);
        out.destinationAddress = Bytes.int32(b, offset + 16, false);
        out.sourcePort = Bytes.uint16(b, udp);
        out.destinationPort = Bytes.uint16(b, udp + 2);
        out.payloadOffset = udp + 8;
        out.payloadLength = udpLength - 8;
        out.timestampNanos = frame.timestampNanos;
        return true;
    }
}
