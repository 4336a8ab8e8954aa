package io.callrec.media.capture;

/**
 * The addresses and ports a UDP datagram or TCP chunk travelled between, with its capture time.
 * Addresses are 128-bit values in two longs each ({@link IpAddress}); IPv4 ones in their IPv4-mapped
 * form. Filled by the readers in place (no per-packet allocation).
 */
public abstract class Endpoints {

    boolean v6;
    long sourceHigh;
    long sourceLow;
    long destinationHigh;
    long destinationLow;
    int sourcePort;
    int destinationPort;
    long timestampNanos;

    Endpoints() {
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

    /** Capture time (of the segment that carried the bytes, for TCP). */
    public long timestampNanos() {
        return timestampNanos;
    }

    /** "source -> destination" with RFC 5952 addresses. */
    public String route() {
        return IpAddress.withPort(sourceHigh, sourceLow, sourcePort) + " -> "
                + IpAddress.withPort(destinationHigh, destinationLow, destinationPort);
    }
}
