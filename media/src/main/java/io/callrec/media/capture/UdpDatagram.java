package io.callrec.media.capture;

/**
 * A UDP payload (RFC 768) located inside the current frame or a reassembly buffer; refilled for
 * every packet, so nothing here may be kept beyond the next read.
 */
public final class UdpDatagram extends Endpoints {

    byte[] data;
    int payloadOffset;
    int payloadLength;

    /** Fills this datagram from the UDP packet in {@code p}; false (and counted) when it is not one. */
    boolean parse(IpPacket p, CaptureCounters counters) {
        if (p.length < 8) {
            counters.truncatedPackets++;
            return false;
        }
        int udpLength = Bytes.uint16(p.data, p.offset + 4);
        if (udpLength == 0 && p.v6) {
            // RFC 2675 §4: a jumbogram's UDP length is zero; the IP layer bounds the payload.
            udpLength = p.length;
        }
        if (udpLength < 8 || udpLength > p.length) {
            counters.malformedPackets++;
            return false;
        }
        data = p.data;
        payloadOffset = p.offset + 8;
        payloadLength = udpLength - 8;
        v6 = p.v6;
        sourceHigh = p.sourceHigh;
        sourceLow = p.sourceLow;
        destinationHigh = p.destinationHigh;
        destinationLow = p.destinationLow;
        sourcePort = Bytes.uint16(p.data, p.offset);
        destinationPort = Bytes.uint16(p.data, p.offset + 2);
        timestampNanos = p.timestampNanos;
        return true;
    }

    public byte[] data() {
        return data;
    }

    public int payloadOffset() {
        return payloadOffset;
    }

    public int payloadLength() {
        return payloadLength;
    }

    /** The IPv4 source address in network order; for IPv6 the low 32 bits, so use the 128-bit accessors. */
    public int sourceAddress() {
        return (int) sourceLow;
    }

    /** See {@link #sourceAddress()}. */
    public int destinationAddress() {
        return (int) destinationLow;
    }

    @Override
    public String toString() {
        return route() + " (" + payloadLength + " bytes)";
    }
}
