package io.callrec.media.testkit;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Builds IP packets for fixtures: IPv4 (RFC 791, optionally a fragment), IPv6 (RFC 8200) with
 * extension headers and fragment headers, and the UDP (RFC 768) and TCP (RFC 9293) headers that
 * go inside. Every method writes into {@code out} at {@code at} and returns the bytes written.
 * Checksums are left zero; capture readers do not verify them.
 */
public final class IpPacketBuilder {

    public static final int HOP_BY_HOP = 0;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ROUTING = 43;
    public static final int FRAGMENT = 44;
    public static final int DESTINATION_OPTIONS = 60;

    public static final int TCP_FIN = 0x01;
    public static final int TCP_SYN = 0x02;
    public static final int TCP_RST = 0x04;
    public static final int TCP_PSH_ACK = 0x18;

    private IpPacketBuilder() {
    }

    /** IPv4 header (IHL 5, TTL 64) plus payload; {@code fragmentOffset} in bytes (a multiple of 8). */
    public static int ipv4(int src, int dst, int protocol, int id, int fragmentOffset, boolean more,
                           byte[] payload, int off, int len, byte[] out, int at) {
        int p = at;
        out[p++] = 0x45;
        out[p++] = 0;
        p = FrameBuilder.put16(out, p, 20 + len);
        p = FrameBuilder.put16(out, p, id);
        int flags = fragmentOffset == 0 && !more ? 0x4000 : (more ? 0x2000 : 0);
        p = FrameBuilder.put16(out, p, flags | (fragmentOffset / 8));
        out[p++] = 64;
        out[p++] = (byte) protocol;
        p = FrameBuilder.put16(out, p, 0);
        p = FrameBuilder.put32(out, p, src);
        p = FrameBuilder.put32(out, p, dst);
        System.arraycopy(payload, off, out, p, len);
        return 20 + len;
    }

    /** IPv6 header, then 8-byte extension headers of the given types (padding only), then the payload. */
    public static int ipv6(byte[] src, byte[] dst, int[] extensions, int protocol,
                           byte[] payload, int off, int len, byte[] out, int at) {
        int p = header6(src, dst, extensions.length == 0 ? protocol : extensions[0], extensions.length * 8 + len, out, at);
        for (int i = 0; i < extensions.length; i++) {
            p = extension(extensions[i], i + 1 < extensions.length ? extensions[i + 1] : protocol, out, p);
        }
        System.arraycopy(payload, off, out, p, len);
        return p + len - at;
    }

    /**
     * IPv6 fragment: header, {@code before} extension headers (the unfragmentable part), a fragment
     * header (RFC 8200 §4.5) with {@code nextHeader}, then this fragment's bytes.
     */
    public static int ipv6Fragment(byte[] src, byte[] dst, int[] before, int nextHeader, int id, int fragmentOffset,
                                   boolean more, byte[] payload, int off, int len, byte[] out, int at) {
        int first = before.length == 0 ? FRAGMENT : before[0];
        int p = header6(src, dst, first, before.length * 8 + 8 + len, out, at);
        for (int i = 0; i < before.length; i++) {
            p = extension(before[i], i + 1 < before.length ? before[i + 1] : FRAGMENT, out, p);
        }
        out[p++] = (byte) nextHeader;
        out[p++] = 0;
        p = FrameBuilder.put16(out, p, fragmentOffset | (more ? 1 : 0));
        p = FrameBuilder.put32(out, p, id);
        System.arraycopy(payload, off, out, p, len);
        return p + len - at;
    }

    public static int udp(int srcPort, int dstPort, byte[] payload, int off, int len, byte[] out, int at) {
        int p = FrameBuilder.put16(out, at, srcPort);
        p = FrameBuilder.put16(out, p, dstPort);
        p = FrameBuilder.put16(out, p, 8 + len);
        p = FrameBuilder.put16(out, p, 0);
        System.arraycopy(payload, off, out, p, len);
        return 8 + len;
    }

    /** TCP header with a 12-byte options area (NOP, NOP, timestamps) so the data offset is exercised. */
    public static int tcp(int srcPort, int dstPort, int seq, int flags, byte[] payload, int off, int len,
                          byte[] out, int at) {
        int p = FrameBuilder.put16(out, at, srcPort);
        p = FrameBuilder.put16(out, p, dstPort);
        p = FrameBuilder.put32(out, p, seq);
        p = FrameBuilder.put32(out, p, 1);
        out[p++] = (byte) (8 << 4);
        out[p++] = (byte) flags;
        p = FrameBuilder.put16(out, p, 65535);
        p = FrameBuilder.put32(out, p, 0);
        out[p++] = 1;
        out[p++] = 1;
        out[p++] = 8;
        out[p++] = 10;
        p = FrameBuilder.put32(out, p, 0x01020304);
        p = FrameBuilder.put32(out, p, 0);
        System.arraycopy(payload, off, out, p, len);
        return 32 + len;
    }

    /** IPv6 (or IPv4) literal to its bytes; no name lookup happens for literals. */
    public static byte[] address(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }

    private static int header6(byte[] src, byte[] dst, int nextHeader, int payloadLength, byte[] out, int at) {
        int p = FrameBuilder.put32(out, at, 0x6000_0000);
        p = FrameBuilder.put16(out, p, payloadLength);
        out[p++] = (byte) nextHeader;
        out[p++] = 64;
        System.arraycopy(src, 0, out, p, 16);
        System.arraycopy(dst, 0, out, p + 16, 16);
        return p + 32;
    }

    /** An 8-byte extension header: next header, length 0, then PadN (options) or routing fields. */
    private static int extension(int type, int nextHeader, byte[] out, int at) {
        out[at] = (byte) nextHeader;
        out[at + 1] = 0;
        if (type == ROUTING) {
            out[at + 2] = 4;
            out[at + 3] = 0;
            FrameBuilder.put32(out, at + 4, 0);
        } else {
            out[at + 2] = 1;
            out[at + 3] = 4;
            FrameBuilder.put32(out, at + 4, 0);
        }
        return at + 8;
    }
}
