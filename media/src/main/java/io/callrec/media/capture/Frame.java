package io.callrec.media.capture;

/**
 * One captured link-layer frame. A single instance is refilled by the reader for every packet,
 * so the data array must not be kept beyond the next read.
 */
public final class Frame {

    /** Larger records are treated as corruption: no real link layer carries 256 KiB frames. */
    public static final int MAX_CAPTURED_LENGTH = 256 * 1024;

    final byte[] data = new byte[MAX_CAPTURED_LENGTH];
    int length;
    int linkType;
    long timestampNanos;

    public byte[] data() {
        return data;
    }

    public int length() {
        return length;
    }

    /** LINKTYPE_* value from the tcpdump.org registry. */
    public int linkType() {
        return linkType;
    }

    /** Capture time, nanoseconds since the Unix epoch. */
    public long timestampNanos() {
        return timestampNanos;
    }
}
