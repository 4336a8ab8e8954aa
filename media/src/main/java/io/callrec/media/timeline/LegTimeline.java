package io.callrec.media.timeline;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.PayloadKind;
import io.callrec.media.codec.PayloadMap;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.rtp.WrapExtender;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * One leg (one UDP direction, or with SIP every direction of one dialog side), decoded with the
 * leg's payload map (SDP bindings, else RFC 3551). Each RTP packet is placed at
 * {@code anchor + (extended timestamp - anchor timestamp) * trackRate / clockRate}, so arrival
 * order does not matter and timestamp gaps keep their real length. The leg has an RTP clock rate
 * (8000 for G.711 and G.722, 48000 for Opus) and a track rate, the output rate of its decoders
 * (16000 for G.722); a packet whose decoder has another rate is counted unsupported.
 *
 * <p>A segment is a run of packets with one SSRC and a continuous sequence space; a new SSRC or a
 * sequence jump beyond RFC 3550 A.1's MAX_DROPOUT / MAX_MISORDER starts a new segment, anchored at
 * its capture time relative to the call origin, unless it resumes one of the last few segments
 * (same SSRC, sequence and timestamp continuing), which keeps its anchor. A timestamp that
 * disagrees with the capture clock by more than {@link #MAX_DRIFT_SECONDS} (a sender reset or a
 * corrupt field) also re-anchors: the capture clock bounds how long silence can get.
 *
 * <p>Gaps before an audio packet are filled by cause: after RFC 3389 comfort noise, with noise
 * at the signalled level; after a codec's own SID frame (G.729 Annex B, G.723.1), with that
 * decoder's comfort noise; after lost packets, with the decoder's concealment for the missing
 * packets' duration (at most {@link GapFiller#MAX_CONCEAL_MILLIS}), the last one from the next
 * packet's in-band FEC when the decoder has it (Opus); otherwise (silence suppression, hold)
 * they stay silent. RFC 4733 events go to {@link TelephoneEvents}, never into the audio. Every
 * packet tells the track's {@link SpanGate} its capture offset, so on-demand recordings keep only
 * what was captured inside the recorded spans; decoding still runs for every packet, so decoder
 * state and concealment stay right across the stopped parts.
 */
public final class LegTimeline {

    static final int MAX_DROPOUT = 3000;
    static final int MAX_MISORDER = 100;
    private static final int HISTORY = 1024;
    static final int MAX_DRIFT_SECONDS = 10;
    /** Nothing is placed beyond a day of audio, whatever the capture timestamps claim. */
    private static final long MAX_HOURS = 24;
    private static final int RECENT = 4;

    private final long originNanos;
    private final int clockRate;
    private final int trackRate;
    private final boolean clockKnown;
    private final ArrivalClock arrival;
    private final GapFiller gaps;
    private final PcmTrack track;
    private final short[] pcm;
    private final PayloadMap payloads;
    private final AudioDecoder[] decoders = new AudioDecoder[128];
    private final IntFunction<AudioDecoder> decoderFactory;
    private final boolean[] noDecoder = new boolean[128];
    private final WrapExtender sequence = WrapExtender.sequence();
    private final WrapExtender timestamp = WrapExtender.timestamp();
    private final long[] seen = new long[HISTORY];
    private final LegCounters counters;
    private final Segments recent = new Segments(RECENT);
    private boolean inSegment;
    private long[] stallNanos = new long[0];
    private long[] stallSsrcs = new long[0];
    private long[] stallShifts = new long[0];
    private boolean[] stallApplied = new boolean[0];
    /** The extended sequence number of the segment's last stall packet, and the samples it moved by. */
    private long stallSequence = Long.MIN_VALUE;
    private long stallSamples;
    private final long[] segment = new long[Segments.FIELDS];

    /**
     * {@code clockRate} 0 means unknown (dynamic payload types without SDP): positions then use
     * the track rate and jitter waits for {@link LegCounters#measuredClockRate()}. {@code pcm} is a
     * scratch buffer shared by the caller's legs; it must hold one decoded payload.
     */
    public LegTimeline(long originNanos, int clockRate, int trackRate, PcmTrack track, short[] pcm) {
        this(originNanos, clockRate, trackRate, track, pcm, PayloadMap.STATIC);
    }

    /** {@code payloads} says what each payload type carries on this leg (from SDP when known). */
    public LegTimeline(long originNanos, int clockRate, int trackRate, PcmTrack track, short[] pcm,
                       PayloadMap payloads) {
        this(originNanos, clockRate, trackRate, track, pcm, payloads, payloads::newDecoder);
    }

    /** With the decoder for each audio payload type supplied by {@code decoders} (null = none). */
    public LegTimeline(long originNanos, int clockRate, int trackRate, PcmTrack track, short[] pcm,
                       IntFunction<AudioDecoder> decoders) {
        this(originNanos, clockRate, trackRate, track, pcm, PayloadMap.STATIC, decoders);
    }

    private LegTimeline(long originNanos, int clockRate, int trackRate, PcmTrack track, short[] pcm,
                        PayloadMap payloads, IntFunction<AudioDecoder> decoders) {
        this.decoderFactory = decoders;
        this.originNanos = originNanos;
        this.clockRate = clockRate > 0 ? clockRate : trackRate;
        this.clockKnown = clockRate > 0;
        this.trackRate = trackRate;
        this.counters = new LegCounters(trackRate);
        this.arrival = new ArrivalClock(originNanos, clockRate, counters);
        this.gaps = new GapFiller(track, pcm, counters, trackRate);
        this.track = track;
        this.pcm = pcm;
        this.payloads = payloads;
    }

    /** A leg whose RTP clock and decoders both run at {@code clockRate}. */
    public LegTimeline(long originNanos, int clockRate, PcmTrack track, short[] pcm) {
        this(originNanos, clockRate, clockRate, track, pcm);
    }

    public void accept(long captureNanos, RtpHeader h, byte[] data) throws IOException {
        counters.packet(captureNanos);
        long capturePosition = Math.max(0, Math.round((captureNanos - originNanos) * (trackRate / 1e9)));
        boolean restart = !inSegment || h.ssrc() != segment[Segments.SSRC];
        if (!restart) {
            long step = sequence.delta(h.sequence());
            restart = step > MAX_DROPOUT || step < -MAX_MISORDER
                    || disagrees(timestamp.highest() + timestamp.delta(h.timestamp()), capturePosition);
        }
        if (restart) {
            startSegment(capturePosition, captureNanos, h);
        }
        long extSeq = sequence.extend(h.sequence());
        long extTs = timestamp.extend(h.timestamp());
        int slot = (int) (extSeq & (HISTORY - 1));
        if (seen[slot] == extSeq) {
            counters.duplicates++;
            return;
        }
        seen[slot] = extSeq;
        if (!restart && stallNanos.length > 0) {
            skipStall(captureNanos, h.ssrc(), extSeq);
        }
        segment[Segments.RECEIVED]++;
        long missing = 0;
        boolean inOrder = false;
        if (extSeq < segment[Segments.MAX]) {
            counters.reordered++;
        } else {
            missing = segment[Segments.RECEIVED] > 1 ? extSeq - segment[Segments.MAX] - 1 : 0;
            segment[Segments.MAX] = extSeq;
            inOrder = true;
        }
        segment[Segments.MIN] = Math.min(segment[Segments.MIN], extSeq);
        segment[Segments.SEQUENCE] = sequence.highest();
        segment[Segments.TIMESTAMP] = timestamp.highest();
        int pt = h.payloadType();
        if (h.payloadLength() == 0) {
            counters.emptyPayloads++;
            return;
        }
        PayloadKind kind = payloads.classify(pt, data, h.payloadOffset(), h.payloadLength());
        if (kind == PayloadKind.UNSUPPORTED && decoder(pt) != null) {
            kind = PayloadKind.AUDIO;
        }
        counters.payload(pt, kind);
        long tick = extTs - segment[Segments.ANCHOR_TIMESTAMP];
        // A packet sent before the last stall but captured after it belongs before the pause.
        long position = segment[Segments.ANCHOR] + toTrack(tick) - (extSeq < stallSequence ? stallSamples : 0);
        track.follow(position - capturePosition);
        if (kind == PayloadKind.EVENT) {
            long anchorNanos = segment[Segments.ANCHOR] * 1_000_000_000L / trackRate;
            if (counters.events.isNewTone(anchorNanos, tick)) {
                arrival.tick(captureNanos, extTs);
            }
            counters.events.offer(anchorNanos, tick, data, h.payloadOffset(), h.payloadLength());
            return;
        }
        arrival.jitter(captureNanos, extTs);
        if (inOrder) {
            arrival.tick(captureNanos, extTs);
        }
        if (kind == PayloadKind.AUDIO) {
            // The drift estimate works on the unrounded capture position: rounding would bias its lower envelope.
            place(position, (captureNanos - originNanos) * (trackRate / 1e9), pt, h, data, missing, inOrder);
        } else if (kind == PayloadKind.COMFORT_NOISE) {
            gaps.comfortNoise(position, data, h.payloadOffset(), h.payloadLength());
        }
    }

    /**
     * The first pass found that the sender paused before this packet without advancing its timestamps
     * ({@link TimestampStalls}; the packet is known by its SSRC and capture time): the segment's anchor
     * moves by the pause, so the audio after it lands where it was captured instead of running early,
     * and the leg needs no stretching. A duplicate of the packet never gets here.
     */
    private void skipStall(long captureNanos, long ssrc, long extSeq) {
        int i = Arrays.binarySearch(stallNanos, captureNanos);
        if (i < 0) {
            return;
        }
        while (i > 0 && stallNanos[i - 1] == captureNanos) {
            i--;
        }
        for (; i < stallNanos.length && stallNanos[i] == captureNanos; i++) {
            if (stallSsrcs[i] == (ssrc & 0xFFFF_FFFFL) && !stallApplied[i]) {
                stallApplied[i] = true;
                long samples = Math.floorDiv(stallShifts[i] * trackRate, 1_000_000_000L);
                segment[Segments.ANCHOR] += samples;
                stallSequence = extSeq;
                stallSamples = samples;
                counters.stalls++;
                counters.stallSamples += samples;
                return;
            }
        }
    }

    /** Timestamp stalls of this leg's streams, from the first pass. */
    public void stalls(java.util.List<TimestampStalls> found) {
        int n = found.stream().mapToInt(TimestampStalls::count).sum();
        long[][] rows = new long[n][];
        int k = 0;
        for (TimestampStalls f : found) {
            for (int i = 0; i < f.count(); i++) {
                rows[k++] = new long[] {f.captureAt(i), f.ssrcAt(i), f.shiftAt(i)};
            }
        }
        Arrays.sort(rows, (a, b) -> Long.compare(a[0], b[0]));
        stallNanos = new long[n];
        stallSsrcs = new long[n];
        stallShifts = new long[n];
        stallApplied = new boolean[n];
        for (int i = 0; i < n; i++) {
            stallNanos[i] = rows[i][0];
            stallSsrcs[i] = rows[i][1];
            stallShifts[i] = rows[i][2];
        }
    }

    private boolean disagrees(long extTs, long capturePosition) {
        long projected = segment[Segments.ANCHOR] + toTrack(extTs - segment[Segments.ANCHOR_TIMESTAMP]);
        return Math.abs(projected - capturePosition) > (long) MAX_DRIFT_SECONDS * trackRate;
    }

    private long toTrack(long ticks) {
        return clockRate == trackRate ? ticks : Math.floorDiv(ticks * trackRate, clockRate);
    }

    private void place(long position, double capturePosition, int pt, RtpHeader h, byte[] data, long missing,
                       boolean inOrder) throws IOException {
        AudioDecoder decoder = decoder(pt);
        if (decoder == null || decoder.sampleRate() != trackRate) {
            counters.unsupported++;
            return;
        }
        if (position < 0 || position > MAX_HOURS * 3600 * trackRate || decoder.maxSamples(h.payloadLength()) > pcm.length) {
            counters.late++;
            return;
        }
        gaps.beforeAudio(position, missing, decoder, data, h.payloadOffset(), h.payloadLength());
        int n = decoder.decode(data, h.payloadOffset(), h.payloadLength(), pcm, 0);
        if (track.write(position, pcm, 0, n) < n) {
            counters.late++;
        }
        counters.audio(position, position + n);
        if (inOrder) {
            counters.drift.add(capturePosition, position);
        }
        gaps.afterAudio(position + n, decoder, n);
    }

    /** The leg's decoder for {@code pt}, created on first use; null when there is none. */
    private AudioDecoder decoder(int pt) {
        if (decoders[pt] == null && !noDecoder[pt]) {
            decoders[pt] = decoderFactory.apply(pt);
            noDecoder[pt] = decoders[pt] == null;
            if (decoders[pt] != null) {
                counters.decoderDelay = Math.max(counters.decoderDelay, decoders[pt].delaySamples());
            }
        }
        return decoders[pt];
    }

    private void startSegment(long capturePosition, long captureNanos, RtpHeader h) {
        if (inSegment) {
            recent.push(segment, counters);
        }
        arrival.endSegment();
        counters.drift.newAnchor();
        inSegment = true;
        stallSequence = Long.MIN_VALUE;
        Arrays.fill(seen, Long.MIN_VALUE);
        if (recent.resume(h.ssrc(), segment)) {
            sequence.resume(segment[Segments.SEQUENCE]);
            timestamp.resume(segment[Segments.TIMESTAMP]);
            long step = sequence.delta(h.sequence());
            if (step <= MAX_DROPOUT && step >= -MAX_MISORDER
                    && !disagrees(timestamp.highest() + timestamp.delta(h.timestamp()), capturePosition)) {
                return;
            }
            recent.push(segment, counters);
        }
        counters.ssrc(h.ssrc());
        sequence.reset();
        timestamp.reset();
        Segments.init(segment, h.ssrc(), capturePosition, h.timestamp());
    }

    /** Ends the leg (trailing comfort noise is rendered up to the last CN packet); counters are final afterwards. */
    public LegCounters finish() throws IOException {
        if (inSegment) {
            recent.push(segment, counters);
            inSegment = false;
        }
        arrival.endSegment();
        recent.closeAll(counters);
        gaps.finish();
        closeDecoders();
        return counters;
    }

    /** Decoders holding native state (Opus through libopus) free it when the leg ends. */
    private void closeDecoders() {
        for (int pt = 0; pt < decoders.length; pt++) {
            if (decoders[pt] instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // Releasing memory only: the leg's audio is already written and stays valid.
                }
                decoders[pt] = null;
                noDecoder[pt] = true;
            }
        }
    }

    public LegCounters counters() {
        return counters;
    }

    /** The nominal RTP clock, or 0 when it was unknown. */
    public int clockRate() {
        return clockKnown ? clockRate : 0;
    }

    public int trackRate() {
        return trackRate;
    }

    public PcmTrack track() {
        return track;
    }
}
