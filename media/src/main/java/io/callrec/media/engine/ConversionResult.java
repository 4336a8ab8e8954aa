package io.callrec.media.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callrec.media.call.SipInfoEvent;
import java.util.List;

/** Outcome of a conversion. The JSON form is built field by field so its names stay stable. */
public final class ConversionResult {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long durationMillis;
    private final int sampleRate;
    private final int channels;
    private final long audioBytes;
    private final List<LegStatistics> legs;
    private final List<CallInfo> calls;
    private final SipCounters sip;
    private final String partialReason;
    private final long ignoredLegs;
    private final long originEpochNanos;
    private final ClockAnchor clockAnchor;
    private final Long clockOffsetMillis;

    /** {@code partialReason} null = complete; {@code ignoredLegs} legs/streams beyond the limits. */
    ConversionResult(long durationMillis, int sampleRate, int channels, long audioBytes, List<LegStatistics> legs,
                     String partialReason, long ignoredLegs) {
        this(durationMillis, sampleRate, channels, audioBytes, legs, List.of(), SipCounters.NONE, partialReason,
                ignoredLegs, 0, ClockAnchor.NONE, null);
    }

    private ConversionResult(long durationMillis, int sampleRate, int channels, long audioBytes,
                             List<LegStatistics> legs, List<CallInfo> calls, SipCounters sip, String partialReason,
                             long ignoredLegs, long originEpochNanos, ClockAnchor clockAnchor, Long clockOffsetMillis) {
        this.clockAnchor = clockAnchor;
        this.clockOffsetMillis = clockOffsetMillis;
        this.durationMillis = durationMillis;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.audioBytes = audioBytes;
        this.legs = List.copyOf(legs);
        this.calls = List.copyOf(calls);
        this.sip = sip;
        this.partialReason = partialReason;
        this.ignoredLegs = ignoredLegs;
        this.originEpochNanos = originEpochNanos;
    }

    /** This result with the signalling's calls and counters, and the converted call's clock anchor, attached. */
    ConversionResult withCalls(List<CallInfo> callList, SipCounters counters, ClockAnchor anchor) {
        return new ConversionResult(durationMillis, sampleRate, channels, audioBytes, legs, callList, counters,
                partialReason, ignoredLegs, originEpochNanos, anchor, clockOffsetMillis);
    }

    /** This result with the capture-clock time of the first mixed frame. */
    ConversionResult withOrigin(long epochNanos) {
        return new ConversionResult(durationMillis, sampleRate, channels, audioBytes, legs, calls, sip, partialReason,
                ignoredLegs, epochNanos, clockAnchor, clockOffsetMillis);
    }

    /**
     * This result with {@code clockOffsetMillis} in its statistics: how far the clock of the call's
     * other records (a billing record's connect time) is behind the capture's, as its user measured it
     * against {@link #clockAnchor()} (the engine itself knows only the capture's clock).
     */
    public ConversionResult withClockOffset(long offsetMillis) {
        return withClockOffset(offsetMillis, clockAnchor);
    }

    /** The same, measured against another anchor than the engine's (its user re-anchored the call). */
    public ConversionResult withClockOffset(long offsetMillis, ClockAnchor anchor) {
        return new ConversionResult(durationMillis, sampleRate, channels, audioBytes, legs, calls, sip, partialReason,
                ignoredLegs, originEpochNanos, anchor, offsetMillis);
    }

    /** Where the capture places the converted call's connect (see {@link ClockAnchor}). */
    public ClockAnchor clockAnchor() {
        return clockAnchor;
    }

    /**
     * Capture-clock time (epoch nanoseconds) of the first frame of the full mix, before any span cut:
     * the instant that leg and DTMF {@code startMillis} values count from.
     */
    public long originEpochNanos() {
        return originEpochNanos;
    }

    /** True when the input was cut short or could not all be used; {@link #partialReason()} says why. */
    public boolean partial() {
        return partialReason != null;
    }

    /** Why the result is partial, or null. */
    public String partialReason() {
        return partialReason;
    }

    /** Legs or streams beyond the engine's limits that were counted but not rebuilt. */
    public long ignoredLegs() {
        return ignoredLegs;
    }

    public long durationMillis() {
        return durationMillis;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    /** Bytes of audio rendered: the WAV data chunk, or the 16-bit PCM encoded into the MP3 (0 for statistics without output). */
    public long audioBytes() {
        return audioBytes;
    }

    /** Every RTP leg found, in order of first packet (including legs without decodable audio). */
    public List<LegStatistics> legs() {
        return legs;
    }

    /** The calls the signalling describes, in order of first message; empty without SIP or side file. */
    public List<CallInfo> calls() {
        return calls;
    }

    public SipCounters sip() {
        return sip;
    }

    public long totalPackets() {
        return legs.stream().mapToLong(LegStatistics::packets).sum();
    }

    public long totalLost() {
        return legs.stream().mapToLong(LegStatistics::lost).sum();
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("durationMillis", durationMillis);
        root.put("sampleRate", sampleRate);
        root.put("channels", channels);
        ArrayNode array = root.putArray("legs");
        for (LegStatistics leg : legs) {
            ObjectNode n = array.addObject();
            n.put("source", leg.source());
            n.put("destination", leg.destination());
            leg.ssrcs().forEach(n.putArray("ssrcs")::add);
            leg.codecs().forEach(n.putArray("codecs")::add);
            n.put("packets", leg.packets());
            n.put("lost", leg.lost());
            n.put("duplicates", leg.duplicates());
            n.put("reordered", leg.reordered());
            n.put("unsupported", leg.unsupported());
            n.put("firstPacketMillis", leg.firstPacketMillis());
            n.put("durationMillis", leg.durationMillis());
            n.put("role", leg.role());
            n.put("callId", leg.callId());
            n.put("clockRate", leg.clockRate());
            n.put("jitterMillis", leg.jitterMillis());
            n.put("maxJitterMillis", leg.maxJitterMillis());
            n.put("late", leg.late());
            n.put("emptyPayloads", leg.emptyPayloads());
            n.put("concealedMillis", leg.concealedMillis());
            n.put("fecRecovered", leg.fecRecovered());
            n.put("comfortNoiseMillis", leg.comfortNoiseMillis());
            n.put("driftPpm", leg.driftPpm());
            n.put("driftCorrected", leg.driftCorrected());
            n.put("driftStatus", leg.driftStatus());
            n.put("timestampStalls", leg.timestampStalls());
            n.put("stallMillis", leg.stallMillis());
            ArrayNode dtmf = n.putArray("dtmf");
            for (DtmfEvent e : leg.dtmf()) {
                dtmf.addObject().put("digit", e.digit()).put("startMillis", e.startMillis())
                        .put("durationMillis", e.durationMillis()).put("ended", e.ended());
            }
        }
        ObjectNode sipNode = root.putObject("sip");
        sipNode.put("messages", sip.messages());
        sipNode.put("malformed", sip.malformed());
        sipNode.put("truncated", sip.truncated());
        ArrayNode callArray = root.putArray("calls");
        for (CallInfo call : calls) {
            ObjectNode n = callArray.addObject();
            n.put("callId", call.callId());
            n.put("caller", call.caller());
            n.put("callee", call.callee());
            n.put("firstMessageMillis", call.firstMessageMillis());
            n.put("answerMillis", call.answerMillis());
            n.put("byeMillis", call.byeMillis());
            n.put("converted", call.converted());
            ArrayNode events = n.putArray("infoEvents");
            for (SipInfoEvent e : call.infoEvents()) {
                ObjectNode en = events.addObject();
                en.put("timeMillis", Math.floorDiv(e.captureNanos(), 1_000_000L));
                en.put("sender", e.sender().label());
                en.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
                en.put("value", e.value());
                en.put("durationMillis", e.durationMillis());
            }
        }
        root.put("clockAnchor", clockAnchor.kind().label());
        if (clockAnchor.exists()) {
            root.put("clockAnchorMillis", Math.floorDiv(clockAnchor.epochNanos(), 1_000_000L));
        }
        if (clockOffsetMillis != null) {
            root.put("clockOffsetMillis", clockOffsetMillis);
        }
        root.put("partial", partial());
        if (partialReason != null) {
            root.put("partialReason", partialReason);
        }
        root.put("ignoredLegs", ignoredLegs);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tree serialisation cannot fail", e);
        }
    }

    @Override
    public String toString() {
        return toJson();
    }
}
