package io.callrec.media.engine;

import java.util.List;

/**
 * Statistics of one leg (one direction of media: one UDP direction, or with SIP every direction of
 * one dialog side). {@code firstPacketMillis} is the capture time of the leg's first RTP packet in
 * milliseconds since the Unix epoch; {@code durationMillis} is the span of the leg's audio on the
 * output timeline (0 when it carried no decodable audio). {@code role} is "caller", "callee" or
 * "unknown" (no signalling matched the leg); {@code callId} is the SIP Call-ID or null.
 *
 * <p>{@code clockRate} is the RTP clock (from SDP or the static payload types, or measured against
 * the capture clock when they are unknown); {@code jitterMillis} is the RFC 3550 §6.4.1
 * interarrival jitter at the end of the leg and {@code maxJitterMillis} its largest value;
 * {@code late} counts packets that came after the reorder window had passed; {@code concealedMillis}
 * is audio made up for lost packets ({@code fecRecovered} of them rebuilt from the next packet's
 * in-band FEC, Opus), {@code comfortNoiseMillis} noise generated from RFC 3389 CN
 * packets (or a codec's own SID frames); {@code driftPpm} is the RTP clock's drift against the
 * capture clock (the slope of the lower envelope of its packets' arrival delay), {@code driftCorrected}
 * says whether the leg was stretched to stay in sync and {@code driftStatus} why or why not:
 * "corrected", "single-leg" (nothing to keep in sync with), "negligible" (under 5 ms over the leg),
 * "uncertain" (not told apart from jitter, or under 10 s of packets) or "implausible" (beyond
 * 1000 ppm: no clock drifts like that, so the estimate is reported and never applied);
 * {@code dtmf} lists RFC 4733 events; {@code timestampStalls} counts pauses the sender made without
 * advancing its timestamps, put back as {@code stallMillis} of silence where they were captured.
 *
 * <p>In an on-demand recording (spans), {@code durationMillis} counts only the leg's audio that the
 * recording keeps and {@code dtmf} holds only the events inside the spans, at their place in the
 * recording; the transport counters (packets, loss, jitter, drift...) describe the network over the
 * whole capture, which is what an engineer troubleshooting the call needs.
 */
public record LegStatistics(String source, String destination, List<String> ssrcs, List<String> codecs,
                            long packets, long lost, long duplicates, long reordered, long unsupported,
                            long firstPacketMillis, long durationMillis, String role, String callId,
                            int clockRate, double jitterMillis, double maxJitterMillis, long late, long emptyPayloads,
                            long concealedMillis, long fecRecovered, long comfortNoiseMillis, double driftPpm, boolean driftCorrected,
                            String driftStatus, List<DtmfEvent> dtmf, long timestampStalls, long stallMillis) {

    public LegStatistics {
        ssrcs = List.copyOf(ssrcs);
        codecs = List.copyOf(codecs);
        role = role == null ? "unknown" : role;
        dtmf = List.copyOf(dtmf);
    }

    /** The DTMF digits in order, e.g. "2013785496". */
    public String digits() {
        StringBuilder b = new StringBuilder();
        dtmf.forEach(e -> b.append(e.digit()));
        return b.toString();
    }
}
