package io.callrec.media.timeline;

/**
 * Comfort noise for RFC 3389 CN payloads: white noise at the signalled level. The first payload
 * byte is the noise level in -dBov (§3.1), 0 dBov being the level of a full-scale 16-bit square
 * wave, so the RMS is 32767 * 10^(-level/20). The optional reflection coefficients of the payload
 * (§3.2, spectral shape) are ignored: the noise is white, the level is exact.
 */
final class Rfc3389ComfortNoise {

    /** RMS of uniform noise in [-a, a] is a / sqrt(3). */
    private static final double UNIFORM_PEAK = Math.sqrt(3);
    private int peak;
    private int seed = 0x2545F491;

    /** Sets the level from the first payload byte (bit 7 is reserved and ignored); -1 if empty. */
    int level(byte[] b, int offset, int length) {
        if (length < 1) {
            return -1;
        }
        int level = b[offset] & 0x7F;
        peak = (int) Math.min(32767, Math.round(32767 * Math.pow(10, -level / 20.0) * UNIFORM_PEAK));
        return level;
    }

    /** Largest absolute sample the current level produces. */
    int peak() {
        return peak;
    }

    void fill(short[] out, int offset, int count) {
        for (int i = 0; i < count; i++) {
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            // Uniform in [-peak, peak]: the top 16 bits of the xorshift state scaled by peak.
            out[offset + i] = (short) (((long) (seed >> 15) * peak) >> 16);
        }
    }
}
