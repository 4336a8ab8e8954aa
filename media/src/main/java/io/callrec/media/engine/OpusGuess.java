package io.callrec.media.engine;

import io.callrec.media.codec.opus.OpusFraming;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.rtp.StreamInfo;
import io.callrec.media.timeline.LegCounters;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Evidence, gathered in the first pass, that a dynamic payload type (96-127) carries Opus when no
 * SDP binds it (captures without signalling). A type is guessed as Opus only when both hold on a
 * stream: its RTP clock, measured against the capture clock from first to last packet, snaps to
 * 48000 Hz (RFC 7587 §4.1: Opus always uses a 48 kHz RTP clock), and each of its first
 * {@link #CHECKED} payloads (at least {@link #MIN_PAYLOADS}) passes RFC 6716 §3.4's framing rules.
 * One failing payload or another clock rules the type out for that stream. Nothing else is guessed.
 * It also keeps, for every packet of every dynamic type, the widest coded bandwidth the TOC byte
 * announces ({@link #codedRate}), the rate at which a stream bound to Opus by SDP or guess decodes.
 */
final class OpusGuess {

    static final int CHECKED = 50;
    static final int MIN_PAYLOADS = 10;
    private static final int OPUS_CLOCK = 48000;

    /** Per stream, per dynamic payload type (index pt - 96). */
    private final Map<StreamInfo, Probe[]> probes = new IdentityHashMap<>();

    private static final class Probe {
        long firstNanos;
        long lastNanos;
        long firstTimestamp;
        long lastTimestamp;
        int checked;
        boolean invalid;
        int codedRate;
    }

    /** One packet of an accepted stream; {@code b} holds the RTP packet parsed into {@code h}. */
    void offer(StreamInfo stream, long captureNanos, RtpHeader h, byte[] b) {
        int pt = h.payloadType();
        if (pt < 96) {
            return;
        }
        Probe p = probes.computeIfAbsent(stream, s -> new Probe[32])[pt - 96];
        if (p == null) {
            p = new Probe();
            probes.get(stream)[pt - 96] = p;
            p.firstNanos = captureNanos;
            p.firstTimestamp = h.timestamp();
            p.lastTimestamp = h.timestamp();
        }
        // Unwrap the 32-bit timestamp (RFC 3550 §5.1) forward only; reordered packets do not move it back.
        long step = (h.timestamp() - p.lastTimestamp) & 0xFFFF_FFFFL;
        if (step < 0x8000_0000L) {
            p.lastTimestamp += step;
            p.lastNanos = Math.max(p.lastNanos, captureNanos);
        }
        p.codedRate = Math.max(p.codedRate, OpusFraming.codedRate(b, h.payloadOffset(), h.payloadLength()));
        if (p.checked < CHECKED) {
            p.checked++;
            p.invalid |= !OpusFraming.valid(b, h.payloadOffset(), h.payloadLength());
        }
    }

    /** 1 = Opus on this stream, -1 = not Opus, 0 = no evidence (type absent or too few packets). */
    int verdict(StreamInfo stream, int pt) {
        Probe[] ps = pt < 96 ? null : probes.get(stream);
        Probe p = ps == null ? null : ps[pt - 96];
        if (p == null || p.checked < MIN_PAYLOADS) {
            return 0;
        }
        int clock = LegCounters.measuredClockRate(p.lastNanos - p.firstNanos, p.lastTimestamp - p.firstTimestamp);
        return !p.invalid && clock == OPUS_CLOCK ? 1 : -1;
    }

    /** The rate the widest Opus packet of {@code pt} on {@code stream} needs (RFC 6716 §2), or 0 when none was seen. */
    int codedRate(StreamInfo stream, int pt) {
        Probe[] ps = pt < 96 ? null : probes.get(stream);
        Probe p = ps == null ? null : ps[pt - 96];
        return p == null ? 0 : p.codedRate;
    }
}
