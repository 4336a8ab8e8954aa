package io.callrec.media.bench;

/**
 * Builds link-layer frames carrying IPv4/UDP: Ethernet (optionally with 802.1Q tags) or Linux
 * SLL. The IPv4 checksum is left zero; readers of captures do not verify it.
 */
public final class FrameBuilder {

    public static final int ETHERNET = 1;
    public static final int LINUX_SLL = 113;

    private final int linkType;
    private final int vlanTags;

    public FrameBuilder(int linkType, int vlanTags) {
        this.linkType = linkType;
        this.vlanTags = vlanTags;
    }

    public int linkType() {
        return linkType;
    }

    /** Writes the frame into {@code out} and returns its length. */
    public int udp(int srcIp, int srcPort, int dstIp, int dstPort, byte[] payload, int offset, int length, byte[] out) {
        int p = linkHeader(out);
        int ipStart = p;
        int total = 20 + 8 + length;
        out[p++] = 0x45;
        out[p++] = 0;
        p = put16(out, p, total);
        p = put16(out, p, 0);
        p = put16(out, p, 0x4000);
        out[p++] = 64;
        out[p++] = 17;
        p = put16(out, p, 0);
        p = put32(out, p, srcIp);
        p = put32(out, p, dstIp);
        p = put16(out, p, srcPort);
        p = put16(out, p, dstPort);
        p = put16(out, p, 8 + length);
        p = put16(out, p, 0);
        System.arraycopy(payload, offset, out, p, length);
        return ipStart + total;
    }

    private int linkHeader(byte[] out) {
        int p = 0;
        if (linkType == LINUX_SLL) {
            p = put16(out, p, 0);
            p = put16(out, p, 1);
            p = put16(out, p, 6);
            for (int i = 0; i < 8; i++) {
                out[p++] = (byte) (0x10 + i);
            }
            return put16(out, p, 0x0800);
        }
        for (int i = 0; i < 12; i++) {
            out[p++] = (byte) (0x02 + i);
        }
        for (int t = 0; t < vlanTags; t++) {
            p = put16(out, p, t == 0 && vlanTags > 1 ? 0x88A8 : 0x8100);
            p = put16(out, p, 100 + t);
        }
        return put16(out, p, 0x0800);
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
