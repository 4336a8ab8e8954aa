package io.callrec.media.capture;

/** In-order bytes of one TCP direction with its 4-tuple and capture time; reused for every call. */
public final class TcpChunk {

    byte[] data;
    int offset;
    int length;
    long timestampNanos;
    boolean v6;
    long sourceHigh;
    long sourceLow;
    long destinationHigh;
    long destinationLow;
    int sourcePort;
    int destinationPort;
    boolean afterGap;
    long streamOffset;

    public byte[] data() {
        return data;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    /** Capture time of the segment that carried these bytes. */
    public long timestampNanos() {
        return timestampNanos;
    }

    /** True when the bytes before this chunk are missing, or this is the first chunk of a direction joined without its SYN. */
    public boolean afterGap() {
        return afterGap;
    }

    /** Bytes of this direction delivered or skipped before this chunk (0 right after the SYN). */
    public long streamOffset() {
        return streamOffset;
    }

    public boolean isIpv6() {
        return v6;
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

    @Override
    public String toString() {
        return IpAddress.withPort(sourceHigh, sourceLow, sourcePort) + " -> "
                + IpAddress.withPort(destinationHigh, destinationLow, destinationPort)
                + " @" + streamOffset + " (" + length + " bytes" + (afterGap ? ", after gap" : "") + ")";
    }
}
