package io.callrec.media.timeline;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.PayloadKind;
import io.callrec.media.codec.PayloadMap;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.rtp.WrapExtender;
import java.io.IOException;
import java.util.Arrays;

/**
 * One leg (one UDP direction). Each RTP packet is placed at
 * {@code anchor + (extended timestamp - first extended timestamp)}, so arrival order does not
 * matter and timestamp gaps stay as silence. A segment is a run of packets with one SSRC and a
 * continuous sequence space; a new SSRC or a sequence jump beyond RFC 3550 A.1's MAX_DROPOUT /
 * MAX_MISORDER starts a new segment, anchored at its capture time relative to the call origin.
 * So does a timestamp that disagrees with the capture clock by more than {@link #MAX_DRIFT_SECONDS}
 * (a sender reset or a corrupt field): the capture clock bounds how long the output can get.
 */
public final class LegTimeline {

    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;
    private static final int HISTORY = 1024;
    private static final int MAX_CONCEAL = 8000;
    static final int MAX_DRIFT_SECONDS = 10;
    /** Nothing is placed beyond a day of audio, whatever the capture timestamps claim. */
    private static final long MAX_HOURS = 24;

    private final long originNanos;
    private final int clockRate;
    private final PcmTrack track;
    private final short[] pcm;
    private final PayloadMap payloads;
    private final AudioDecoder[] decoders = new AudioDecoder[128];
    private final WrapExtender sequence = WrapExtender.sequence();
    private final WrapExtender timestamp = WrapExtender.timestamp();
    private final long[] seen = new long[HISTORY];
    private final LegCounters counters = new LegCounters();
    private boolean inSegment;
    private long ssrc;
    private long anchorPosition;
    private long anchorTimestamp;
    private long segmentMin;
    private long segmentMax;
    private long segmentReceived;

    /** {@code pcm} is a scratch buffer shared by the caller's legs; it must hold one decoded payload. */
    public LegTimeline(long originNanos, int clockRate, PcmTrack track, short[] pcm) {
        this(originNanos, clockRate, track, pcm, PayloadMap.STATIC);
    }

    /** {@code payloads} says what each payload type carries on this leg (from SDP when known). */
    public LegTimeline(long originNanos, int clockRate, PcmTrack track, short[] pcm, PayloadMap payloads) {
        this.originNanos = originNanos;
        this.clockRate = clockRate;
        this.track = track;
        this.pcm = pcm;
        this.payloads = payloads;
    }

    public void accept(long captureNanos, RtpHeader h, byte[] data) throws IOException {
        counters.packet(captureNanos);
        boolean restart = !inSegment || h.ssrc() != ssrc;
        long capturePosition = Math.max(0, Math.round((captureNanos - originNanos) * (clockRate / 1e9)));
        if (!restart) {
            long step = sequence.delta(h.sequence());
            long projected = anchorPosition + timestamp.highest() + timestamp.delta(h.timestamp()) - anchorTimestamp;
            restart = step > MAX_DROPOUT || step < -MAX_MISORDER
                    || Math.abs(projected - capturePosition) > (long) MAX_DRIFT_SECONDS * clockRate;
        }
        if (restart) {
            startSegment(capturePosition, h);
        }
        long extSeq = sequence.extend(h.sequence());
        long extTs = timestamp.extend(h.timestamp());
        int slot = (int) (extSeq & (HISTORY - 1));
        if (seen[slot] == extSeq) {
            counters.duplicates++;
            return;
        }
        seen[slot] = extSeq;
        segmentReceived++;
        boolean lossBefore = false;
        if (extSeq < segmentMax) {
            counters.reordered++;
        } else {
            lossBefore = segmentReceived > 1 && extSeq > segmentMax + 1;
            segmentMax = extSeq;
        }
        segmentMin = Math.min(segmentMin, extSeq);
        int pt = h.payloadType();
        PayloadKind kind = payloads.classify(pt, data, h.payloadOffset(), h.payloadLength());
        counters.payload(pt, kind);
        if (kind == PayloadKind.AUDIO) {
            place(anchorPosition + (extTs - anchorTimestamp), pt, h, data, lossBefore);
        }
    }

    private void place(long position, int pt, RtpHeader h, byte[] data, boolean lossBefore) throws IOException {
        AudioDecoder decoder = decoders[pt];
        if (decoder == null) {
            decoder = payloads.newDecoder(pt);
            decoders[pt] = decoder;
        }
        if (position < 0 || position > MAX_HOURS * 3600 * clockRate || decoder.maxSamples(h.payloadLength()) > pcm.length) {
            counters.late++;
            return;
        }
        long end = track.length();
        if (lossBefore && position > end && counters.audioPackets > 0) {
            int n = decoder.conceal(pcm, 0, (int) Math.min(position - end, Math.min(MAX_CONCEAL, pcm.length)));
            track.write(end, pcm, 0, n);
        }
        int n = decoder.decode(data, h.payloadOffset(), h.payloadLength(), pcm, 0);
        if (track.write(position, pcm, 0, n) < n) {
            counters.late++;
        }
        counters.audio(position, position + n);
    }

    private void startSegment(long capturePosition, RtpHeader h) {
        closeSegment();
        inSegment = true;
        ssrc = h.ssrc();
        counters.ssrc(ssrc);
        sequence.reset();
        timestamp.reset();
        Arrays.fill(seen, Long.MIN_VALUE);
        anchorPosition = capturePosition;
        anchorTimestamp = h.timestamp();
        segmentMin = Long.MAX_VALUE;
        segmentMax = Long.MIN_VALUE;
        segmentReceived = 0;
    }

    /** RFC 3550 A.3: lost = expected - received, per segment. */
    private void closeSegment() {
        if (inSegment && segmentReceived > 0) {
            counters.lost += Math.max(0, segmentMax - segmentMin + 1 - segmentReceived);
        }
        inSegment = false;
    }

    /** Ends the leg; counters are final afterwards. */
    public LegCounters finish() {
        closeSegment();
        return counters;
    }

    public LegCounters counters() {
        return counters;
    }

    public PcmTrack track() {
        return track;
    }
}
