package io.callrec.media.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-section interface table of a pcapng file: link type, timestamp unit (if_tsresol, §4.2: a
 * power of 10 or, with the high bit set, of 2) and offset in seconds (if_tsoffset) per interface.
 */
final class PcapngInterfaces {

    private static final int OPT_END = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;
    /** Interfaces beyond this are ignored (their packets are skipped) so a hostile file cannot grow the table. */
    static final int MAX_INTERFACES = 4096;

    private final List<long[]> entries = new ArrayList<>();

    void clear() {
        entries.clear();
    }

    int count() {
        return entries.size();
    }

    int linkType(int iface) {
        return (int) entries.get(iface)[0];
    }

    /** Converts a raw 64-bit timestamp of this interface into Unix nanoseconds. */
    long toNanos(int iface, long raw) {
        long[] e = entries.get(iface);
        long unitsPerSecond = e[1];
        long seconds = Long.divideUnsigned(raw, unitsPerSecond);
        long fraction = Long.remainderUnsigned(raw, unitsPerSecond);
        long fractionNanos = unitsPerSecond <= 1_000_000_000L
                ? fraction * 1_000_000_000L / unitsPerSecond
                : (long) (fraction * (1e9 / unitsPerSecond));
        return (seconds + e[2]) * 1_000_000_000L + fractionNanos;
    }

    void add(int linkType, byte[] options, boolean littleEndian) {
        if (entries.size() >= MAX_INTERFACES) {
            return;
        }
        long unitsPerSecond = 1_000_000L;
        long offsetSeconds = 0;
        int p = 0;
        while (p + 4 <= options.length) {
            int code = Bytes.uint16(options, p, littleEndian);
            int len = Bytes.uint16(options, p + 2, littleEndian);
            p += 4;
            if (code == OPT_END || p + len > options.length) {
                break;
            }
            if (code == IF_TSRESOL && len >= 1) {
                unitsPerSecond = resolution(options[p] & 0xFF);
            } else if (code == IF_TSOFFSET && len >= 8) {
                offsetSeconds = littleEndian
                        ? (Bytes.uint32(options, p + 4, true) << 32) | Bytes.uint32(options, p, true)
                        : (Bytes.uint32(options, p, false) << 32) | Bytes.uint32(options, p + 4, false);
            }
            p += (len + 3) & ~3;
        }
        entries.add(new long[] {linkType, unitsPerSecond, offsetSeconds});
    }

    /** if_tsresol: high bit clear means 10^-v seconds, set means 2^-v; absurd exponents fall back to µs. */
    private static long resolution(int v) {
        int exp = v & 0x7F;
        if ((v & 0x80) != 0) {
            return exp <= 62 ? 1L << exp : 1_000_000L;
        }
        if (exp > 18) {
            return 1_000_000L;
        }
        long r = 1;
        for (int i = 0; i < exp; i++) {
            r *= 10;
        }
        return r;
    }
}
