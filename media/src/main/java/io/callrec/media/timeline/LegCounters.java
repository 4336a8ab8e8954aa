package io.callrec.media.timeline;

import io.callrec.media.codec.PayloadKind;
import io.callrec.media.codec.PayloadMap;
import java.util.ArrayList;
import java.util.List;

/** Per-leg statistics, kept allocation-free on the packet path (bitsets, primitive counters). */
public final class LegCounters {

    private static final int MAX_SSRCS = 64;

    long packets;
    long lost;
    long duplicates;
    long reordered;
    long unsupported;
    long late;
    long audioPackets;
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;
    private long firstSample = Long.MAX_VALUE;
    private long endSample;
    private final long[] payloadTypes = new long[2];
    private final long[] eventTypes = new long[2];
    private final List<Long> ssrcs = new ArrayList<>();

    void packet(long captureNanos) {
        packets++;
        firstNanos = Math.min(firstNanos, captureNanos);
        lastNanos = Math.max(lastNanos, captureNanos);
    }

    void payload(int pt, PayloadKind kind) {
        long[] set = kind == PayloadKind.EVENT ? eventTypes : payloadTypes;
        set[pt >>> 6] |= 1L << (pt & 63);
        if (kind == PayloadKind.UNSUPPORTED) {
            unsupported++;
        }
    }

    void ssrc(long value) {
        if (ssrcs.size() < MAX_SSRCS && !ssrcs.contains(value)) {
            ssrcs.add(value);
        }
    }

    void audio(long start, long end) {
        audioPackets++;
        firstSample = Math.min(firstSample, start);
        endSample = Math.max(endSample, end);
    }

    public long packets() { return packets; }
    public long lost() { return lost; }
    public long duplicates() { return duplicates; }
    public long reordered() { return reordered; }
    public long unsupported() { return unsupported; }
    /** Packets dropped because they arrived after the reorder window had moved past them. */
    public long late() { return late; }
    public long audioPackets() { return audioPackets; }
    public long firstNanos() { return firstNanos; }
    public long lastNanos() { return lastNanos; }
    /** First sample position holding audio, or -1 when the leg carried none. */
    public long firstSample() { return audioPackets == 0 ? -1 : firstSample; }
    public long endSample() { return endSample; }

    public List<Long> ssrcs() {
        return List.copyOf(ssrcs);
    }

    /** Encoding names in payload-type order, e.g. PCMA, CN, telephone-event. */
    public List<String> codecs() {
        return codecs(PayloadMap.STATIC);
    }

    /** Encoding names as {@code payloads} (the leg's SDP map) names them. */
    public List<String> codecs(PayloadMap payloads) {
        List<String> names = new ArrayList<>();
        for (int pt = 0; pt < 128; pt++) {
            if ((payloadTypes[pt >>> 6] & (1L << (pt & 63))) != 0) {
                names.add(payloads.name(pt, payloads.classify(pt, new byte[0], 0, 0)));
            }
        }
        for (int pt = 0; pt < 128; pt++) {
            if ((eventTypes[pt >>> 6] & (1L << (pt & 63))) != 0 && !names.contains("telephone-event")) {
                names.add("telephone-event");
            }
        }
        return names;
    }
}
