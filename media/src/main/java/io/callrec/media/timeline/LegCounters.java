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
    long concealedSamples;
    long fecRecovered;
    long comfortNoiseSamples;
    long emptyPayloads;
    /** Timestamp stalls repaired (see {@link TimestampStalls}) and the samples of pause they put back. */
    long stalls;
    long stallSamples;
    /** The largest delay of the leg's decoders' output behind their timestamps, in track samples. */
    int decoderDelay;
    /** RFC 3550 A.8 interarrival jitter in RTP ticks (running estimate, and its maximum). */
    double jitter;
    double maxJitter;
    /** Sum of RTP ticks and capture nanoseconds between first and last packet of each segment. */
    double clockTicks;
    double clockNanos;
    final DriftEstimator drift;
    final TelephoneEvents events = new TelephoneEvents();
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;
    private long firstSample = Long.MAX_VALUE;
    private long endSample;
    private final long[] payloadTypes = new long[2];
    private final long[] eventTypes = new long[2];
    private final List<Long> ssrcs = new ArrayList<>();

    /** Counters of a leg whose track runs at 8 kHz. */
    public LegCounters() {
        this(8000);
    }

    /** Counters of a leg whose track runs at {@code trackRate} (the drift estimate's windows are in its samples). */
    public LegCounters(int trackRate) {
        drift = new DriftEstimator(trackRate);
    }

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
        media(start, end);
    }

    /** Widens the span of samples that hold media (audio, comfort noise). */
    void media(long start, long end) {
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
    /** Samples filled by packet loss concealment. */
    public long concealedSamples() { return concealedSamples; }
    /** Lost packets rebuilt from the next packet's in-band FEC (Opus LBRR), part of {@link #concealedSamples()}. */
    public long fecRecovered() { return fecRecovered; }
    /** Samples filled with RFC 3389 comfort noise. */
    public long comfortNoiseSamples() { return comfortNoiseSamples; }
    /** RTP packets whose payload was empty (after padding), counted and skipped. */
    public long emptyPayloads() { return emptyPayloads; }
    public long stalls() { return stalls; }
    /** Samples the leg's decoded audio lags its timestamps by (Opus resampled to the track rate). */
    public int decoderDelay() { return decoderDelay; }
    public long stallSamples() { return stallSamples; }
    /** Interarrival jitter (RFC 3550 §6.4.1) at the end of the leg, in RTP ticks. */
    public double jitterTicks() { return jitter; }
    public double maxJitterTicks() { return maxJitter; }
    public DriftEstimator drift() { return drift; }
    public TelephoneEvents events() { return events; }

    /**
     * The RTP clock rate measured against the capture clock (ticks per second over all segments),
     * snapped to the nearest common rate; 0 when the leg is too short to tell.
     */
    public int measuredClockRate() {
        return measuredClockRate(clockNanos, clockTicks);
    }

    /** {@code ticks} RTP ticks over {@code nanos} of capture time, snapped as above; 0 below 200 ms. */
    public static int measuredClockRate(double nanos, double ticks) {
        if (nanos < 200_000_000L) {
            return 0;
        }
        double rate = ticks * 1e9 / nanos;
        int best = 0;
        for (int r : new int[] {8000, 12000, 16000, 24000, 32000, 44100, 48000, 90000}) {
            if (Math.abs(rate - r) < r * 0.1 && (best == 0 || Math.abs(rate - r) < Math.abs(rate - best))) {
                best = r;
            }
        }
        return best;
    }
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
