package io.callrec.media.codec;

/**
 * ITU-T G.711 expansion tables, computed once from the companding law rather than typed in.
 * Values are the 16-bit linear equivalents (14-bit µ-law / 13-bit A-law scaled up).
 */
final class G711 {

    static final short[] ULAW = new short[256];
    static final short[] ALAW = new short[256];

    static {
        for (int code = 0; code < 256; code++) {
            ULAW[code] = (short) ulaw(code);
            ALAW[code] = (short) alaw(code);
        }
    }

    private G711() {
    }

    /**
     * µ-law: all bits are transmitted inverted; 1 sign bit (1 = positive after inversion is 0),
     * 3-bit segment, 4-bit step. Segments are offset by the bias 33 (x4 = 132) of the law.
     */
    private static int ulaw(int code) {
        int u = ~code & 0xFF;
        int segment = (u >>> 4) & 0x07;
        int step = u & 0x0F;
        int magnitude = (((step << 3) + 0x84) << segment) - 0x84;
        return (u & 0x80) != 0 ? -magnitude : magnitude;
    }

    /**
     * A-law: even bits are inverted (XOR 0x55); sign bit 1 means positive. Segment 0 is linear,
     * higher segments add the implicit leading one; the half-step (+8 / +0x108) centres the value.
     */
    private static int alaw(int code) {
        int a = (code ^ 0x55) & 0xFF;
        int segment = (a >>> 4) & 0x07;
        int step = a & 0x0F;
        int magnitude = segment == 0 ? (step << 4) + 8 : ((step << 4) + 0x108) << (segment - 1);
        return (a & 0x80) != 0 ? magnitude : -magnitude;
    }
}
