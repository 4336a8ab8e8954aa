package io.callrec.media.rtp;

/** What detection learned about one (5-tuple, SSRC) stream: timing, packet count, payload types. */
public final class StreamInfo {

    private final long firstNanos;
    private long lastNanos;
    private long packets;
    private final long[] payloadTypes = new long[2];
    int lastSequence;
    long lastTimestamp;
    int run;
    boolean accepted;

    StreamInfo(long firstNanos) {
        this.firstNanos = firstNanos;
        this.lastNanos = firstNanos;
    }

    void record(long captureNanos, int payloadType) {
        packets++;
        lastNanos = Math.max(lastNanos, captureNanos);
        payloadTypes[payloadType >>> 6] |= 1L << (payloadType & 63);
    }

    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }

    public long packets() {
        return packets;
    }

    public boolean sawPayloadType(int pt) {
        return (payloadTypes[(pt >>> 6) & 1] & (1L << (pt & 63))) != 0;
    }
}
