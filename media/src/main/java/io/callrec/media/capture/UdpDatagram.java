package io.callrec.media.capture;

/** A UDP payload located inside the current {@link Frame}; refilled for every packet. */
public final class UdpDatagram {

    byte[] data;
    int payloadOffset;
    int payloadLength;
    int sourceAddress;
    int destinationAddress;
    int sourcePort;
    int destinationPort;
    long timestampNanos;

    public byte[] data() {
        return data;
    }

    public int payloadOffset() {
        return payloadOffset;
    }

    public int payloadLength() {
        return payloadLength;
    }

    /** IPv4 address as a 32-bit value in network order. */
    public int sourceAddress() {
        return sourceAddress;
    }

    public int destinationAddress() {
        return destinationAddress;
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
}
