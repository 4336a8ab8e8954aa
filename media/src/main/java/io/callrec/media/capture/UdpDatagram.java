package io.callrec.media.capture;

/**
 * A UDP payload (RFC 768) located inside the current frame or a reassembly buffer; refilled for
 * every packet, so nothing here may be kept beyond the next read. Addresses are 128-bit values in
 * two longs each ({@link IpAddress}); IPv4 addresses are in their IPv4-mapped form.
 */
public final class UdpDatagram {

    byte[] data;
    int payloadOffset;
    int payloadLength;
    boolean v6;
    long sourceHigh;
    long sourceLow;
    long destinationHigh;
    long destinationLow;
    int sourcePort;
    int destinationPort;
    long timestampNanos;

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

    public boolean isIpv6() {
        return v6;
    }

    /** The IPv4 source address in network order; for IPv6 the low 32 bits, so use the 128-bit accessors. */
    public int sourceAddress() {
        return (int) sourceLow;
    }

    /** See {@link #sourceAddress()}. */
    public int destinationAddress() {
        return (int) destinationLow;
    }

    public long sourceAddressHigh() {
        return sourceHigh;
    }

    public long sourceAddressLow() {
        return sourceLow;
    }

    public long destinationAddressHigh() {
        return destinationHigh;
    }

    public long destinationAddressLow() {
        return destinationLow;
    }

    public int sourcePort() {
        return sourcePort;
    }

    public int destinationPort() {
        return destinationPort;
    }

    public long timestampNanos() {
        return timestampNanos;
    }

    @Override
    public String toString() {
        return IpAddress.withPort(sourceHigh, sourceLow, sourcePort) + " -> "
                + IpAddress.withPort(destinationHigh, destinationLow, destinationPort) + " (" + payloadLength + " bytes)";
    }
}
