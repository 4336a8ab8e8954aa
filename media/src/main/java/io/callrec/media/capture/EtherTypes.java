package io.callrec.media.capture;

/**
 * EtherType dispatch shared by Ethernet and the Linux cooked headers: IPv4, IPv6, 802.1Q /
 * 802.1ad VLAN tags (any depth up to {@link #MAX_TAGS}) and PPPoE session frames (RFC 2516).
 */
final class EtherTypes {

    static final int IPV4 = 0x0800;
    static final int IPV6 = 0x86DD;
    static final int VLAN = 0x8100;
    static final int QINQ = 0x88A8;
    static final int QINQ_OLD = 0x9100;
    static final int PPPOE_SESSION = 0x8864;
    /** PPP protocol numbers (RFC 1332 IPCP / RFC 5072 IPV6CP assign the network protocols). */
    private static final int PPP_IPV4 = 0x0021;
    private static final int PPP_IPV6 = 0x0057;
    private static final int MAX_TAGS = 4;

    private EtherTypes() {
    }

    /** IP offset for the EtherType at {@code typeOffset}, or a negative {@link LinkLayer} reason. */
    static int payload(byte[] b, int len, int typeOffset) {
        if (typeOffset + 2 > len) {
            return LinkLayer.TRUNCATED;
        }
        return dispatch(b, len, Bytes.uint16(b, typeOffset), typeOffset + 2);
    }

    /** {@code type} is an EtherType whose payload starts at {@code next}. */
    static int dispatch(byte[] b, int len, int type, int next) {
        int t = type;
        int p = next;
        for (int tags = 0; tags < MAX_TAGS && (t == VLAN || t == QINQ || t == QINQ_OLD); tags++) {
            // IEEE 802.1Q: 2 bytes of tag control, then the inner EtherType.
            if (p + 4 > len) {
                return LinkLayer.TRUNCATED;
            }
            t = Bytes.uint16(b, p + 2);
            p += 4;
        }
        switch (t) {
            case IPV4:
            case IPV6:
                return p < len ? p : LinkLayer.TRUNCATED;
            case PPPOE_SESSION:
                return pppoe(b, len, p);
            default:
                return LinkLayer.NOT_IP;
        }
    }

    /** RFC 2516 §4: version/type, code 0, session id, length, then the PPP protocol field (RFC 1661 §2). */
    private static int pppoe(byte[] b, int len, int p) {
        if (p + 8 > len) {
            return LinkLayer.TRUNCATED;
        }
        if (b[p] != 0x11 || b[p + 1] != 0) {
            return LinkLayer.NOT_IP;
        }
        int ppp = p + 6;
        // Protocol-field compression (RFC 1661 §6.5) leaves one byte when the high byte is zero:
        // a compressed field is odd, a full field's first byte is even.
        int protocol;
        int ip;
        if ((b[ppp] & 1) != 0) {
            protocol = b[ppp] & 0xFF;
            ip = ppp + 1;
        } else {
            protocol = Bytes.uint16(b, ppp);
            ip = ppp + 2;
        }
        if (protocol != PPP_IPV4 && protocol != PPP_IPV6) {
            return LinkLayer.NOT_IP;
        }
        return ip < len ? ip : LinkLayer.TRUNCATED;
    }
}
