package io.callrec.media.engine;

import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.TelephoneEvents;
import java.util.ArrayList;
import java.util.List;

/** Maps timeline counters to the public statistics record. */
final class Statistics {

    private Statistics() {
    }

    /** {@code start} is the first output sample of the recording, {@code outRate} the output rate. */
    static LegStatistics of(LegPlan.Leg leg, LegCounters c, LegLayout layout, int trackRate, long start, int outRate) {
        List<String> ssrcs = c.ssrcs().stream().map(s -> String.format("0x%08X", s)).toList();
        long duration = c.audioPackets() == 0 ? 0
                : (Math.round(layout.toOutput(c.endSample())) - Math.round(layout.toOutput(c.firstSample()))) * 1000 / outRate;
        List<DtmfEvent> dtmf = new ArrayList<>();
        for (TelephoneEvents.Tone t : layout.tones) {
            double out = layout.toOutput(layout.trackPosition(t.startNanos()));
            dtmf.add(new DtmfEvent(t.symbol(), Math.round((out - start) * 1000 / outRate),
                    t.durationNanos() / 1_000_000, t.ended()));
        }
        int rate = layout.toneRate;
        return new LegStatistics(leg.direction().source(), leg.direction().destination(), ssrcs,
                c.codecs(leg.payloads()), c.packets(), c.lost(), c.duplicates(), c.reordered(), c.unsupported(),
                Math.floorDiv(c.firstNanos(), 1_000_000L), duration, leg.role().label(), leg.callId(),
                rate, round2(c.jitterTicks() * 1000 / rate), round2(c.maxJitterTicks() * 1000 / rate),
                c.late(), c.emptyPayloads(), c.concealedSamples() * 1000 / trackRate, c.fecRecovered(),
                c.comfortNoiseSamples() * 1000 / trackRate, round2(layout.slope() * 1e6), layout.corrected(), dtmf);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
