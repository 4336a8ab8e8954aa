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

    ConversionResult(long durationMillis, int sampleRate, int channels, long audioBytes, List<LegStatistics> legs) {
        this.durationMillis = durationMillis;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.audioBytes = audioBytes;
        this.legs = List.copyOf(legs);
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
