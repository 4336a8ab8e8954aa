package io.callrec.media.rtp;

import io.callrec.media.capture.IpAddress;

/**
 * A UDP direction (source address:port to destination address:port), optionally narrowed to one
 * SSRC. Addresses are 128 bits in two longs each, IPv4 in its mapped form ({@link IpAddress}).
 * Mutable so that hot-path lookups reuse one probe instance; stored keys are copies.
 */
public final class FlowKey {

    private static final long NO_SSRC = -1L;

    private long sourceHigh;
    private long sourceLow;
    private long destinationHigh;
    private long destinationLow;
    private long portsAndSsrc;

    /** IPv4 addresses as 32-bit values in network order. */
    public FlowKey set(int sourceAddress, int sourcePort, int destinationAddress, int destinationPort, long ssrc) {
        return set(0, IpAddress.v4Low(sourceAddress), sourcePort, 0, IpAddress.v4Low(destinationAddress),
                destinationPort, ssrc);
    }

    /** 128-bit addresses as (high, low) halves, e.g. from {@code UdpDatagram.sourceAddressHigh/Low}. */
    public FlowKey set(long sourceHigh, long sourceLow, int sourcePort, long destinationHigh, long destinationLow,
                       int destinationPort, long ssrc) {
        this.sourceHigh = sourceHigh;
        this.sourceLow = sourceLow;
        this.destinationHigh = destinationHigh;
        this.destinationLow = destinationLow;
        long ports = ((long) (sourcePort & 0xFFFF) << 16) | (destinationPort & 0xFFFF);
        portsAndSsrc = ssrc < 0 ? ports | (NO_SSRC << 32) : ports | ((ssrc & 0xFFFF_FFFFL) << 32);
        return this;
    }

    /** The same direction without the SSRC. */
    public FlowKey direction() {
        FlowKey k = copy();
        k.portsAndSsrc = (portsAndSsrc & 0xFFFF_FFFFL) | (NO_SSRC << 32);
        return k;
    }

    public FlowKey copy() {
        FlowKey k = new FlowKey();
        k.sourceHigh = sourceHigh;
        k.sourceLow = sourceLow;
        k.destinationHigh = destinationHigh;
        k.destinationLow = destinationLow;
        k.portsAndSsrc = portsAndSsrc;
        return k;
    }

    /** {@code 10.0.0.1:5004} or {@code [2001:db8::1]:5004}. */
    public String source() {
        return IpAddress.withPort(sourceHigh, sourceLow, (int) ((portsAndSsrc >>> 16) & 0xFFFF));
    }

    public String destination() {
        return IpAddress.withPort(destinationHigh, destinationLow, (int) (portsAndSsrc & 0xFFFF));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowKey k && k.portsAndSsrc == portsAndSsrc && k.sourceLow == sourceLow
                && k.destinationLow == destinationLow && k.sourceHigh == sourceHigh && k.destinationHigh == destinationHigh;
    }

    @Override
    public int hashCode() {
        long h = sourceHigh * 31 + sourceLow;
        h = h * 31 + destinationHigh;
        h = h * 31 + destinationLow;
        return Long.hashCode(h * 31 + portsAndSsrc);
    }

    @Override
    public String toString() {
        return source() + " -> " + destination();
    }
}
