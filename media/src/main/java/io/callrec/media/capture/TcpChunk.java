package io.callrec.media.capture;

/** In-order bytes of one TCP direction with its 4-tuple and capture time; reused for every call. */
public final class TcpChunk extends Endpoints {

    byte[] data;
    int offset;
    int length;
    boolean afterGap;
    long streamOffset;

    public byte[] data() {
        return data;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    /** True when the bytes before this chunk are missing, or this is the first chunk of a direction joined without its SYN. */
    public boolean afterGap() {
        return afterGap;
    }

    /** Bytes of this direction delivered or skipped before this chunk (0 right after the SYN). */
    public long streamOffset() {
        return streamOffset;
    }

    @Override
    public String toString() {
        return route() + " @" + streamOffset + " (" + length + " bytes" + (afterGap ? ", after gap" : "") + ")";
    }
}
