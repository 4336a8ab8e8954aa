package io.callrec.media.engine;

import java.util.List;

/**
 * Statistics of one leg (one direction of media: one UDP direction, or with SIP every direction of
 * one dialog side). {@code firstPacketMillis} is the capture time of the leg's first RTP packet in
 * milliseconds since the Unix epoch; {@code durationMillis} is the span of the leg's audio on the
 * output timeline (0 when it carried no decodable audio). {@code role} is "caller", "callee" or
 * "unknown" (no signalling matched the leg); {@code callId} is the SIP Call-ID or null.
 */
public record LegStatistics(String source, String destination, List<String> ssrcs, List<String> codecs,
                            long packets, long lost, long duplicates, long reordered, long unsupported,
                            long firstPacketMillis, long durationMillis, String role, String callId) {

    public LegStatistics {
        ssrcs = List.copyOf(ssrcs);
        codecs = List.copyOf(codecs);
        role = role == null ? "unknown" : role;
    }

    /** A leg without signalling: role unknown, no Call-ID. */
    public LegStatistics(String source, String destination, List<String> ssrcs, List<String> codecs,
                         long packets, long lost, long duplicates, long reordered, long unsupported,
                         long firstPacketMillis, long durationMillis) {
        this(source, destination, ssrcs, codecs, packets, lost, duplicates, reordered, unsupported,
                firstPacketMillis, durationMillis, "unknown", null);
    }
}
