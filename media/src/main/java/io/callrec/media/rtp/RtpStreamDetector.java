package io.callrec.media.rtp;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds RTP streams in UDP traffic without signalling. A packet is a candidate when it parses as
 * RTP version 2 and its payload type is outside 72-76, the range where RTCP packet types 200-204
 * would land (RFC 5761 §4). A (5-tuple, SSRC) stream is accepted after {@link #REQUIRED_RUN}
 * consecutive candidates whose sequence numbers advance by a small step and whose timestamps do
 * not go backwards (RFC 3550 §5.1 semantics), which random UDP traffic practically never shows.
 */
public final class RtpStreamDetector {

    public static final int REQUIRED_RUN = 3;
    private static final int MAX_SEQUENCE_STEP = 10;
    private static final long MAX_TIMESTAMP_STEP = 1L << 24;
    /** Bound on unconfirmed candidates so that a UDP flood cannot grow the map without limit. */
    private static final int MAX_PENDING = 8192;
    /** Bound on accepted streams: beyond it, further streams are only counted. */
    public static final int MAX_STREAMS = 4096;

    private final Map<FlowKey, StreamInfo> streams = new HashMap<>();
    private final FlowKey probe = new FlowKey();
    private int pending;
    private int acceptedCount;
    private long ignoredStreams;

    /** True for packets that may be RTP at all; SIP, RTCP and well-known service ports are excluded. */
    public static boolean isCandidate(byte[] b, int offset, int length, int sourcePort, int destinationPort, RtpHeader header) {
        if (sourcePort < 1024 || destinationPort < 1024 || SipSignature.isSip(b, offset, length)) {
            return false;
        }
        if (!header.parse(b, offset, length)) {
            return false;
        }
        int pt = header.payloadType();
        return pt < 72 || pt > 76;
    }

    /** Feeds one candidate; returns the stream's info once the stream is accepted, else null. */
    public StreamInfo offer(int sourceAddress, int sourcePort, int destinationAddress, int destinationPort,
                            long captureNanos, RtpHeader h) {
        probe.set(sourceAddress, sourcePort, destinationAddress, destinationPort, h.ssrc());
        return offerProbe(captureNanos, h);
    }

    /** As {@link #offer(int, int, int, int, long, RtpHeader)} with 128-bit (IPv4-mapped or IPv6) addresses. */
    public StreamInfo offer(long sourceHigh, long sourceLow, int sourcePort, long destinationHigh, long destinationLow,
                            int destinationPort, long captureNanos, RtpHeader h) {
        probe.set(sourceHigh, sourceLow, sourcePort, destinationHigh, destinationLow, destinationPort, h.ssrc());
        return offerProbe(captureNanos, h);
    }

    private StreamInfo offerProbe(long captureNanos, RtpHeader h) {
        StreamInfo s = streams.get(probe);
        if (s == null) {
            if (pending >= MAX_PENDING) {
                dropPending();
            }
            s = new StreamInfo(captureNanos);
            streams.put(probe.copy(), s);
            pending++;
            s.run = 1;
        } else if (plausibleStep(s, h)) {
            s.run++;
        } else {
            s.run = 1;
        }
        s.lastSequence = h.sequence();
        s.lastTimestamp = h.timestamp();
        s.record(captureNanos, h.payloadType());
        if (!s.accepted && s.run == REQUIRED_RUN) {
            if (acceptedCount >= MAX_STREAMS) {
                ignoredStreams++;
            } else {
                s.accepted = true;
                acceptedCount++;
                pending--;
            }
        }
        return s.accepted ? s : null;
    }

    private static boolean plausibleStep(StreamInfo s, RtpHeader h) {
        int seqStep = (h.sequence() - s.lastSequence) & 0xFFFF;
        long tsStep = (h.timestamp() - s.lastTimestamp) & 0xFFFF_FFFFL;
        return seqStep >= 1 && seqStep <= MAX_SEQUENCE_STEP && tsStep < MAX_TIMESTAMP_STEP;
    }

    private void dropPending() {
        for (Iterator<StreamInfo> it = streams.values().iterator(); it.hasNext();) {
            if (!it.next().accepted) {
                it.remove();
            }
        }
        pending = 0;
    }

    /** Streams that qualified after {@link #MAX_STREAMS} had been accepted (each counted once per run). */
    public long ignoredStreams() {
        return ignoredStreams;
    }

    /** Accepted streams keyed by (5-tuple, SSRC). */
    public Map<FlowKey, StreamInfo> accepted() {
        Map<FlowKey, StreamInfo> result = new HashMap<>();
        streams.forEach((k, v) -> {
            if (v.accepted) {
                result.put(k, v);
            }
        });
        return result;
    }
}
