package io.callrec.media.codec.g7231;

/**
 * Fixed-point primitives of the G.723.1 decoder (saturation, normalisation, integer square root).
 * The whole decoder works in the integer arithmetic of the ITU-T reference so that its output matches
 * other bit-exact decoders sample for sample; Java's wrapping {@code int} matches the reference's
 * 32-bit two's-complement behaviour wherever the reference does not saturate explicitly.
 */
final class Fx {

    private Fx() {
    }

    static int clip16(int v) {
        return v > Short.MAX_VALUE ? Short.MAX_VALUE : v < Short.MIN_VALUE ? Short.MIN_VALUE : v;
    }

    static int clip32(long v) {
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    /** Saturating 32-bit addition. */
    static int satAdd(int a, int b) {
        return clip32((long) a + b);
    }

    /** Saturating {@code a + 2b} (the reference's L_mac of a product already in Q31 form). */
    static int satDadd(int a, int b) {
        return satAdd(a, satAdd(b, b));
    }

    /** floor(log2(v)) for v > 0, 0 for v <= 0. */
    static int log2(int v) {
        return v <= 0 ? 0 : 31 - Integer.numberOfLeadingZeros(v);
    }

    /** Left shifts that normalise {@code num} to {@code width} significant bits. */
    static int normBits(int num, int width) {
        return width - log2(num) - 1;
    }

    /** Plain wrapping dot product. */
    static int dot(short[] a, int ao, short[] b, int bo, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += a[ao + i] * b[bo + i];
        }
        return sum;
    }

    /** Dot product in Q31 form (doubled with saturation). */
    static int dot2(short[] a, int ao, short[] b, int bo, int length) {
        int sum = dot(a, ao, b, bo, length);
        return satAdd(sum, sum);
    }

    /**
     * Copies {@code vector} into {@code dst} scaled so the largest magnitude uses 12 bits (headroom for
     * correlations); returns the applied shift (negative = scaled down).
     */
    static int scaleVector(short[] dst, int dstOff, short[] vector, int off, int length) {
        int max = 0;
        for (int i = 0; i < length; i++) {
            max |= Math.abs(vector[off + i]);
        }
        int bits = Math.max(14 - log2(max), 0);
        for (int i = 0; i < length; i++) {
            dst[dstOff + i] = (short) ((vector[off + i] << bits) >> 3);
        }
        return bits - 3;
    }

    /** sqrt(val / 2) rounded down to an even number; {@code val} is taken as unsigned 32 bits. */
    static int sqrtHalf(int val) {
        long a = ((long) val << 1) & 0xFFFFFFFFL;
        long r = (long) Math.sqrt((double) a);
        while (r * r > a) {
            r--;
        }
        while ((r + 1) * (r + 1) <= a) {
            r++;
        }
        return (short) ((r >> 1) & ~1);
    }
}
