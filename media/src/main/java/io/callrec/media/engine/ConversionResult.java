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

    ConversionResult(long durationMillis, int sampleRate, int channels, long audioBytes, List<LegStatistics> legs) {
        this(durationMillis, sampleRate, channels, audioBytes, legs, List.of(), SipCounters.NONE);
    }

    ConversionResult(long durationMillis, int sampleRate, int channels, long audioBytes, List<LegStatistics> legs,
                     List<CallInfo> calls, SipCounters sip) {
        this.durationMillis = durationMillis;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.audioBytes = audioBytes;
        this.legs = List.copyOf(legs);
        this.calls = List.copyOf(calls);
        this.sip = sip;
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

    /** Bytes of 16-bit PCM rendered: the WAV data chunk, or what was encoded into the MP3. */
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
