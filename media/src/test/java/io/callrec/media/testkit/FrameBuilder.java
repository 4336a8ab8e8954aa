package io.callrec.media.testkit;

/**
 * Wraps IP packets in link-layer headers for fixtures: Ethernet (optionally with 802.1Q / 802.1ad
 * tags and/or PPPoE), Linux SLL and SLL2 (tags allowed too), raw IP (any of its link types), and
 * BSD null / OpenBSD loop with the family in either byte order. The IP version is read from the
 * packet to choose EtherType, family or PPP protocol.
 */
public final class FrameBuilder {

    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    public static final int RAW = 101;
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    private final int linkType;
    private final int vlanTags;
    private boolean pppoe;
    private boolean littleEndianFamily;
    private int inet6Family = 30;
    private final byte[] packet = new byte[70_000];

    public FrameBuilder(int linkType, int vlanTags) {
        this.linkType = linkType;
        this.vlanTags = vlanTags;
    }

    public int linkType() {
        return linkType;
    }

    /** Carry IP inside a PPPoE session (RFC 2516) behind the Ethernet or cooked header. */
    public FrameBuilder pppoe() {
        pppoe = true;
        return this;
    }

    /** NULL/LOOP family written little-endian, with this AF_INET6 value (24, 28, 30 or 10). */
    public FrameBuilder family(boolean littleEndian, int inet6) {
        littleEndianFamily = littleEndian;
        inet6Family = inet6;
        return this;
    }

    /** An IPv4/UDP frame (not fragmented); writes into {@code out} and returns its length. */
    public int udp(int srcIp, int srcPort, int dstIp, int dstPort, byte[] payload, int offset, int length, byte[] out) {
        int n = IpPacketBuilder.udp(srcPort, dstPort, payload, offset, length, out, 0);
        int ip = IpPacketBuilder.ipv4(srcIp, dstIp, IpPacketBuilder.UDP, 0, 0, false, out, 0, n, packet, 0);
        return wrap(packet, 0, ip, out);
    }

    /** Link header followed by the IP packet {@code ip[off, off+len)}; returns the frame length. */
    public int wrap(byte[] ip, int off, int len, byte[] out) {
        boolean v6 = (ip[off] & 0xF0) == 0x60;
        int p = linkHeader(out, v6);
        System.arraycopy(ip, off, out, p, len);
        return p + len;
    }

    private int linkHeader(byte[] out, boolean v6) {
        int p = 0;
        int etherType = pppoe ? 0x8864 : (v6 ? 0x86DD : 0x0800);
        switch (linkType) {
            case NULL, LOOP -> {
                int family = v6 ? inet6Family : 2;
                return littleEndianFamily ? put32(out, 0, Integer.reverseBytes(family)) : put32(out, 0, family);
            }
            case RAW, IPV4, IPV6, 12, 14 -> {
                return 0;
            }
            case LINUX_SLL -> {
                p = put16(out, p, 0);
                p = put16(out, p, 1);
                p = put16(out, p, 6);
                for (int i = 0; i < 8; i++) {
                    out[p++] = (byte) (0x10 + i);
                }
                p = tags(out, p, etherType);
            }
            case LINUX_SLL2 -> {
                // SLL2 puts the protocol type first; VLAN tags then follow the 20-byte header.
                p = put16(out, p, outerType(etherType));
                p = put16(out, p, 0);
                p = put32(out, p, 3);
                p = put16(out, p, 1);
                out[p++] = 0;
                out[p++] = 6;
                for (int i = 0; i < 8; i++) {
                    out[p++] = (byte) (0x10 + i);
                }
                p = tagChain(out, p, etherType);
            }
            default -> {
                for (int i = 0; i < 12; i++) {
                    out[p++] = (byte) (0x02 + i);
                }
                p = tags(out, p, etherType);
            }
        }
        if (pppoe) {
            out[p++] = 0x11;
            out[p++] = 0;
            p = put16(out, p, 0x1234);
            p = put16(out, p, 0);
            p = put16(out, p, v6 ? 0x0057 : 0x0021);
        }
        return p;
    }

    /** EtherType field, then the tag chain: an 802.1ad outer tag when stacked, 802.1Q inside. */
    private int tags(byte[] out, int at, int etherType) {
        return tagChain(out, put16(out, at, outerType(etherType)), etherType);
    }

    private int outerType(int etherType) {
        return vlanTags == 0 ? etherType : (vlanTags > 1 ? 0x88A8 : 0x8100);
    }

    /** Each tag: its control information (VLAN 100, 101...), then the type of what follows. */
    private int tagChain(byte[] out, int at, int etherType) {
        int p = at;
        for (int t = 0; t < vlanTags; t++) {
            p = put16(out, p, 100 + t);
            p = put16(out, p, t + 1 < vlanTags ? 0x8100 : etherType);
        }
        return p;
    }

    static int put16(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 8);
        b[p + 1] = (byte) v;
        return p + 2;
    }

    static int put32(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
        return p + 4;
    }

    /** Dotted IPv4 text to its 32-bit value. */
    public static int ip(String dotted) {
        String[] parts = dotted.split("\\.");
        int v = 0;
        for (String part : parts) {
            v = (v << 8) | Integer.parseInt(part);
        }
        return v;
    }
}
