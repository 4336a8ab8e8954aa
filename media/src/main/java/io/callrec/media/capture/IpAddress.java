package io.callrec.media.capture;

/**
 * 128-bit IP addresses held in two longs (high and low 64 bits, network order), so hot paths carry
 * them without allocating. IPv4 addresses are stored in their IPv4-mapped IPv6 form
 * {@code ::ffff:a.b.c.d} (RFC 4291 §2.5.5.2) and printed as dotted quads.
 */
public final class IpAddress {

    private static final long V4_MAPPED_PREFIX = 0x0000_FFFF_0000_0000L;

    private IpAddress() {
    }

    /** Low half of the mapped form of an IPv4 address (the high half is 0). */
    public static long v4Low(int ipv4) {
        return V4_MAPPED_PREFIX | (ipv4 & 0xFFFF_FFFFL);
    }

    public static boolean isV4(long high, long low) {
        return high == 0 && (low & 0xFFFF_FFFF_0000_0000L) == V4_MAPPED_PREFIX;
    }

    /** Dotted quad for IPv4, RFC 5952 text (lower case, longest zero run as "::") for IPv6. */
    public static String format(long high, long low) {
        if (isV4(high, low)) {
            return ((low >>> 24) & 0xFF) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
            groups[i + 4] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
        }
        // RFC 5952 §4.2: compress the longest run of two or more zero groups, the first one on a tie.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder s = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLength - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(groups[i]));
        }
        return s.toString();
    }

    /** Address and port as in a URI authority: {@code 10.0.0.1:5060} or {@code [2001:db8::1]:5060}. */
    public static String withPort(long high, long low, int port) {
        String a = format(high, low);
        return isV4(high, low) ? a + ":" + port : "[" + a + "]:" + port;
    }
}
