package io.callrec.media.rtp;

/**
 * A UDP direction (source address:port to destination address:port), optionally narrowed to one
 * SSRC. Mutable so that hot-path lookups reuse one probe instance; stored keys are copies.
 */
public final class FlowKey {

    private static final long NO_SSRC = -1L;

    private long addresses;
    private long portsAndSsrc;

    public FlowKey set(int sourceAddress, int sourcePort, int destinationAddress, int destinationPort, long ssrc) {
        addresses = ((long) sourceAddress << 32) | (destinationAddress & 0xFFFF_FFFFL);
        long ports = ((long) (sourcePort & 0xFFFF) << 16) | (destinationPort & 0xFFFF);
        portsAndSsrc = ssrc < 0 ? ports | (NO_SSRC << 32) : ports | ((ssrc & 0xFFFF_FFFFL) << 32);
        return this;
    }

    /** The same direction without the SSRC. */
    public FlowKey direction() {
        FlowKey k = new FlowKey();
        k.addresses = addresses;
        k.portsAndSsrc = (portsAndSsrc & 0xFFFF_FFFFL) | (NO_SSRC << 32);
        return k;
    }

    public FlowKey copy() {
        FlowKey k = new FlowKey();
        k.addresses = addresses;
        k.portsAndSsrc = portsAndSsrc;
        return k;
    }

    public String source() {
        return address((int) (addresses >>> 32)) + ":" + ((portsAndSsrc >>> 16) & 0xFFFF);
    }

    public String destination() {
        return address((int) addresses) + ":" + (portsAndSsrc & 0xFFFF);
    }

    private static String address(int a) {
        return ((a >>> 24) & 0xFF) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowKey k && k.addresses == addresses && k.portsAndSsrc == portsAndSsrc;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(addresses * 31 + portsAndSsrc);
    }

    @Override
    public String toString() {
        return source() + " -> " + destination();
    }
}
