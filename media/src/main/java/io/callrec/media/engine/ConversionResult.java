package io.callrec.media.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Outcome of a conversion. The JSON form is built field by field so its names stay stable. */
public final class ConversionResult {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long durationMillis;
    private final int sampleRate;
    private final int channels;
    private final long audioBytes;
    private final List<LegStatistics> legs;
    private final String partialReason;
    private final long ignoredLegs;

    ConversionResult(long durationMillis, int sampleRate, int channels, long audioBytes, List<LegStatistics> legs,
                     String partialReason, long ignoredLegs) {
        this.durationMillis = durationMillis;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.audioBytes = audioBytes;
        this.legs = List.copyOf(legs);
        this.partialReason = partialReason;
        this.ignoredLegs = ignoredLegs;
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

    /** Bytes of audio in the WAV data chunk (0 for statistics without output). */
    public long audioBytes() {
        return audioBytes;
    }

    /** Every RTP leg found, in order of first packet (including legs without decodable audio). */
    public List<LegStatistics> legs() {
        return legs;
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
            n.put("clockRate", leg.clockRate());
            n.put("jitterMillis", leg.jitterMillis());
            n.put("maxJitterMillis", leg.maxJitterMillis());
            n.put("late", leg.late());
            n.put("emptyPayloads", leg.emptyPayloads());
            n.put("concealedMillis", leg.concealedMillis());
            n.put("comfortNoiseMillis", leg.comfortNoiseMillis());
            n.put("driftPpm", leg.driftPpm());
            n.put("driftCorrected", leg.driftCorrected());
            ArrayNode dtmf = n.putArray("dtmf");
            for (DtmfEvent e : leg.dtmf()) {
                dtmf.addObject().put("digit", e.digit()).put("startMillis", e.startMillis())
                        .put("durationMillis", e.durationMillis()).put("ended", e.ended());
            }
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
