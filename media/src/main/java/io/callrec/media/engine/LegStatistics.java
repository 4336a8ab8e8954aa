package io.callrec.media.engine;

import java.util.List;

/**
 * Statistics of one leg (one UDP direction). {@code firstPacketMillis} is the capture time of the
 * leg's first RTP packet in milliseconds since the Unix epoch; {@code durationMillis} is the span
 * of the leg's audio on the output timeline (0 when it carried no decodable audio).
 */
public record LegStatistics(String source, String destination, List<String> ssrcs, List<String> codecs,
                            long packets, long lost, long duplicates, long reordered, long unsupported,
                            long firstPacketMillis, long durationMillis) {

    public LegStatistics {
        ssrcs = List.copyOf(ssrcs);
        codecs = List.copyOf(codecs);
    }
}
