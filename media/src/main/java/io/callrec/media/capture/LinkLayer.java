package io.callrec.media.capture;

/**
 * Finds the network-layer header inside a frame. Only link types in the tcpdump.org LINKTYPE
 * registry that we need today are handled; others yield "no IPv4".
 */
public final class LinkLayer {

    public static final int ETHERNET = 1;
    public static final int RAW = 101;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;

    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88A8;
    private static final int ETHERTYPE_QINQ_OLD = 0x9100;
    private static final int MAX_TAGS = 4;

    private LinkLayer() {
    }

    /** Offset of the IPv4 header in {@code frame}, or -1 when the frame carries something else. */
    public static int ipv4Offset(Frame frame) {
        byte[] b = frame.data;
        int len = frame.length;
        switch (frame.linkType) {
            case ETHERNET:
                // 6 destination + 6 source bytes, then the EtherType (IEEE 802.3).
                return afterTags(b, len, 12);
            case LINUX_SLL:
                // 16-byte cooked header; protocol type in its last two bytes.
                return afterTags(b, len, 14);
            case RAW:
            case IPV4:
                return len > 0 && (b[0] & 0xF0) == 0x40 ? 0 : -1;
            default:
                return -1;
        }
    }

    /** Skips 802.1Q / 802.1ad tags (4 bytes each) starting at the EtherType at {@code typeOffset}. */
    private static int afterTags(byte[] b, int len, int typeOffset) {
        int p = typeOffset;
        for (int tags = 0; tags <= MAX_TAGS; tags++) {
            if (p + 2 > len) {
                return -1;
            }
            int type = Bytes.uint16(b, p);
            if (type == ETHERTYPE_IPV4) {
                return p + 2;
            }
            if (type != ETHERTYPE_VLAN && type != ETHERTYPE_QINQ && type != ETHERTYPE_QINQ_OLD) {
                return -1;
            }
            p += 4;
        }
        return -1;
    }
}
