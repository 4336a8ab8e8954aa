package io.callrec.media.engine;

import io.callrec.media.timeline.LegCounters;
import java.util.List;

/** Maps timeline counters to the public statistics record. */
final class Statistics {

    private Statistics() {
    }

    static LegStatistics of(LegPlan.Leg leg, LegCounters c, int sampleRate) {
        List<String> ssrcs = c.ssrcs().stream().map(s -> String.format("0x%08X", s)).toList();
        long duration = c.audioPackets() == 0 ? 0 : (c.endSample() - c.firstSample()) * 1000 / sampleRate;
        return new LegStatistics(leg.direction().source(), leg.direction().destination(), ssrcs,
                c.codecs(leg.payloads()), c.packets(), c.lost(), c.duplicates(), c.reordered(), c.unsupported(),
                Math.floorDiv(c.firstNanos(), 1_000_000L), duration, leg.role().label(), leg.callId());
    }
}
