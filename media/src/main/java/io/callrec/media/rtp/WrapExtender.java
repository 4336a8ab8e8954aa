package io.callrec.media.rtp;

/**
 * Extends a wrapping unsigned counter (16-bit RTP sequence numbers, 32-bit timestamps) to a
 * monotonic 64-bit value, in the spirit of RFC 3550 Appendix A.1: each new value is interpreted
 * as the nearest point (signed half-range difference) to the highest value seen so far, so
 * wrap-arounds count a cycle and late packets from before a wrap stay in the previous cycle.
 */
public final class WrapExtender {

    private final int bits;
    private final long mask;
    private final long half;
    private long highest;
    private boolean started;

    private WrapExtender(int bits) {
        this.bits = bits;
        this.mask = (1L << bits) - 1;
        this.half = 1L << (bits - 1);
    }

    public static WrapExtender sequence() {
        return new WrapExtender(16);
    }

    public static WrapExtender timestamp() {
        return new WrapExtender(32);
    }

    /** Forgets history; the next value becomes the new base (new SSRC, stream restart). */
    public void reset() {
        started = false;
    }

    /** Continues from a previously reached {@code highest} (a source that resumes after another one). */
    public void resume(long highestValue) {
        started = true;
        highest = highestValue;
    }

    /** Signed distance of {@code value} from the highest value so far, in [-2^(bits-1), 2^(bits-1)). */
    public long delta(long value) {
        return started ? signed((value & mask) - (highest & mask)) : 0;
    }

    public long extend(long value) {
        long v = value & mask;
        if (!started) {
            started = true;
            highest = v;
            return v;
        }
        long extended = highest + delta(v);
        if (extended > highest) {
            highest = extended;
        }
        return extended;
    }

    public long highest() {
        return highest;
    }

    private long signed(long difference) {
        long d = difference & mask;
        return d >= half ? d - (1L << bits) : d;
    }

    @Override
    public String toString() {
        return bits + "-bit extender at " + highest;
    }
}
