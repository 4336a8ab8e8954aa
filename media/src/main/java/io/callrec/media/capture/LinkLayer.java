package io.callrec.media.capture;

/**
 * Finds the IP header inside a link-layer frame (LINKTYPE_* values from the tcpdump.org registry).
 * The result is the offset of an IPv4 or IPv6 header, whose version nibble the IP decoders check;
 * negative results say why there is none ({@link #NOT_IP}, {@link #UNSUPPORTED}, {@link #TRUNCATED}).
 */
public final class LinkLayer {

    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    /** DLT_RAW as some BSDs (12) and OpenBSD (14) number it in pcap headers. */
    public static final int RAW_BSD = 12;
    public static final int RAW_OPENBSD = 14;
    public static final int RAW = 101;
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    /** The frame is well formed but carries something other than IP (ARP, LLDP, PPP control...). */
    public static final int NOT_IP = -1;
    /** The link type is not one we decode. */
    public static final int UNSUPPORTED = -2;
    /** The frame ends inside its link-layer header. */
    public static final int TRUNCATED = -3;

    private LinkLayer() {
    }

    /** Offset of the IP header in {@code frame}, or one of the negative reasons. */
    public static int ipOffset(Frame frame) {
        byte[] b = frame.data;
        int len = frame.length;
        switch (frame.linkType) {
            case ETHERNET:
                // 6 destination + 6 source bytes, then the EtherType (IEEE 802.3 §3.2.6).
                return EtherTypes.payload(b, len, 12);
            case LINUX_SLL:
                // 16-byte cooked header (packet type, ARPHRD, address length, 8 address bytes), protocol last.
                return EtherTypes.payload(b, len, 14);
            case LINUX_SLL2:
                // 20-byte cooked header v2: the protocol type comes first, the address last.
                return len < 20 ? TRUNCATED : EtherTypes.dispatch(b, len, Bytes.uint16(b, 0), 20);
            case RAW:
            case RAW_BSD:
            case RAW_OPENBSD:
            case IPV4:
            case IPV6:
                return len > 0 ? 0 : TRUNCATED;
            case NULL:
            case LOOP:
                return loopback(b, len);
            default:
                return UNSUPPORTED;
        }
    }

    /**
     * BSD loopback: a 4-byte address family, in the capturing host's byte order for NULL and in
     * network order for LOOP, though writers disagree, so both orders are accepted for both.
     * AF_INET is 2 everywhere; AF_INET6 is 24 (NetBSD/OpenBSD), 28 (FreeBSD), 30 (Darwin), 10 (Linux).
     */
    private static int loopback(byte[] b, int len) {
        if (len <= 4) {
            return TRUNCATED;
        }
        long be = Bytes.uint32(b, 0, false);
        long family = be <= 0xFFFF ? be : Bytes.uint32(b, 0, true);
        if (family == 2 || family == 24 || family == 28 || family == 30 || family == 10) {
            return 4;
        }
        return NOT_IP;
    }
}
