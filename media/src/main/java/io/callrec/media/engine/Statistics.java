package io.callrec.media.engine;

import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.TelephoneEvents;
import java.util.ArrayList;
import java.util.List;

/** Maps timeline counters to the public statistics record. */
final class Statistics {

    private Statistics() {
    }

    /**
     * {@code start} is the first output sample of the full mix, {@code outRate} the output rate;
     * {@code cut} (null = none) the on-demand spans: the leg's audio duration then counts only what
     * the recording keeps, and DTMF is reported at its place in the recording, or not at all when it
     * was pressed while recording was stopped (a card number typed then must not leak this way).
     */
    static LegStatistics of(LegPlan.Leg leg, LegCounters c, LegLayout layout, int trackRate, long start, int outRate,
                            CutMap cut) {
        List<String> ssrcs = c.ssrcs().stream().map(s -> String.format("0x%08X", s)).toList();
        long duration = 0;
        if (c.audioPackets() > 0) {
            long a = Math.round(layout.toOutput(c.firstSample())) - start;
            long b = Math.round(layout.toOutput(c.endSample())) - start;
            duration = (cut == null ? b - a : cut.kept(a, b)) * 1000 / outRate;
        }
        List<DtmfEvent> dtmf = new ArrayList<>();
        for (TelephoneEvents.Tone t : layout.tones) {
            double out = layout.toOutput(layout.trackPosition(t.startNanos())) - start;
            long kept = cut == null ? 0 : cut.toOutput(Math.round(out));
            if (kept >= 0) {
                long at = cut == null ? Math.round(out * 1000 / outRate) : kept * 1000 / outRate;
                dtmf.add(new DtmfEvent(t.symbol(), at, t.durationNanos() / 1_000_000, t.ended()));
            }
        }
        int rate = layout.toneRate;
        return new LegStatistics(leg.direction().source(), leg.direction().destination(), ssrcs,
                c.codecs(leg.payloads()), c.packets(), c.lost(), c.duplicates(), c.reordered(), c.unsupported(),
                Math.floorDiv(c.firstNanos(), 1_000_000L), duration, leg.role().label(), leg.callId(),
                rate, round2(c.jitterTicks() * 1000 / rate), round2(c.maxJitterTicks() * 1000 / rate),
                c.late(), c.emptyPayloads(), c.concealedSamples() * 1000 / trackRate, c.fecRecovered(),
                c.comfortNoiseSamples() * 1000 / trackRate, round2(layout.driftPpm()), layout.corrected(), layout.driftStatus(), dtmf,
                c.stalls(), c.stallSamples() * 1000 / trackRate);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
