package io.callrec.media.mix;

/** Clipping to the 16-bit range: loud overlaps flatten instead of wrapping into clicks. */
public final class Saturation {

    private Saturation() {
    }

    public static short clip(int value) {
        if (value > Short.MAX_VALUE) {
            return Short.MAX_VALUE;
        }
        if (value < Short.MIN_VALUE) {
            return Short.MIN_VALUE;
        }
        return (short) value;
    }
}
