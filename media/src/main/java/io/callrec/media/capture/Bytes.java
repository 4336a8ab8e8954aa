package io.callrec.media.capture;

/** Unsigned field access in either byte order; everything is masked so callers get the wire value. */
public final class Bytes {

    private Bytes() {
    }

    public static int uint8(byte[] b, int off) {
        return b[off] & 0xFF;
    }

    public static int uint16(byte[] b, int off) {
        return ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
    }

    public static int uint16(byte[] b, int off, boolean littleEndian) {
        return littleEndian ? ((b[off + 1] & 0xFF) << 8) | (b[off] & 0xFF) : uint16(b, off);
    }

    /** Raw 32 bits; use {@link #uint32} when the value must be non-negative. */
    public static int int32(byte[] b, int off, boolean littleEndian) {
        int v = ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
        return littleEndian ? Integer.reverseBytes(v) : v;
    }

    public static long uint32(byte[] b, int off, boolean littleEndian) {
        return int32(b, off, littleEndian) & 0xFFFF_FFFFL;
    }

    public static long uint32(byte[] b, int off) {
        return uint32(b, off, false);
    }

    /** Big-endian 64 bits (an IPv6 address half). */
    public static long int64(byte[] b, int off) {
        return (uint32(b, off) << 32) | uint32(b, off + 4);
    }
}
