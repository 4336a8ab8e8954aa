package io.callrec.media.engine;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.rtp.RtpStreamDetector;
import io.callrec.media.timeline.LegTimeline;
import io.callrec.media.timeline.PcmTrack;
import io.callrec.media.timeline.SpanGate;
import io.callrec.media.timeline.TimestampStalls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Second pass: route each packet of an accepted stream to its leg's timeline. */
final class LegAssembly implements AutoCloseable {

    /** Largest UDP payload; G.711 yields one sample per byte, wideband decoders a few more. */
    private static final int PCM_SCRATCH = 4 * 65536;

    private final LegPlan plan;
    private final List<LegTimeline> timelines = new ArrayList<>();
    private boolean truncated;

    /**
     * {@code keep}: the capture-clock spans whose audio the tracks may hold, as epoch-nanosecond
     * pairs; null = all of it, empty = none (a statistics-only pass).
     */
    LegAssembly(LegPlan plan, long originNanos, Path tempDirectory, long[][] keep) {
        this(plan, originNanos, tempDirectory, keep, Map.of());
    }

    /** {@code stalls}: the first pass's timestamp stalls of the plan's streams (see {@link TimestampStalls}). */
    LegAssembly(LegPlan plan, long originNanos, Path tempDirectory, long[][] keep,
                Map<FlowKey, TimestampStalls> stalls) {
        this.plan = plan;
        short[] scratch = new short[PCM_SCRATCH];
        for (LegPlan.Leg leg : plan.legs()) {
            SpanGate gate = keep == null ? null
                    : keep.length == 0 ? SpanGate.closed() : SpanGate.of(keep, originNanos, leg.trackRate());
            timelines.add(new LegTimeline(originNanos, leg.clockRate(), leg.trackRate(),
                    new PcmTrack(tempDirectory, gate), scratch, leg.payloads()));
        }
        List<List<TimestampStalls>> perLeg = new ArrayList<>();
        plan.legs().forEach(l -> perLeg.add(new ArrayList<>()));
        stalls.forEach((stream, found) -> {
            int leg = plan.legOf(stream);
            if (leg >= 0 && found.count() > 0) {
                perLeg.get(leg).add(found);
            }
        });
        for (int i = 0; i < perLeg.size(); i++) {
            if (!perLeg.get(i).isEmpty()) {
                timelines.get(i).stalls(perLeg.get(i));
            }
        }
    }

    void run(Path capture) throws IOException {
        RtpHeader h = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        FlowKey probe = new FlowKey();
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            while (reader.next(d)) {
                if (!RtpStreamDetector.isCandidate(d.data(), d.payloadOffset(), d.payloadLength(),
                        d.sourcePort(), d.destinationPort(), h)) {
                    continue;
                }
                probe.set(d.sourceAddressHigh(), d.sourceAddressLow(), d.sourcePort(), d.destinationAddressHigh(),
                        d.destinationAddressLow(), d.destinationPort(), h.ssrc());
                int leg = plan.legOf(probe);
                if (leg >= 0) {
                    timelines.get(leg).accept(d.timestampNanos(), h, d.data());
                }
            }
            truncated = reader.truncated();
        }
    }

    List<LegTimeline> timelines() {
        return timelines;
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (LegTimeline t : timelines) {
            try {
                t.track().close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
