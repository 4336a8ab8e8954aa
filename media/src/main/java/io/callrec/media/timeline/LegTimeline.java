package io.callrec.media.timeline;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.PayloadKind;
import io.callrec.media.codec.PayloadTypes;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.rtp.WrapExtender;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * One leg (one UDP direction). Each RTP packet is placed at
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
 * at the signalled level; after lost packets, with the decoder's concealment for the missing
 * packets' duration (at most {@link #MAX_CONCEAL_MILLIS}); otherwise (silence suppression, hold)
 * they stay silent. RFC 4733 events go to {@link TelephoneEvents}, never into the audio.
 */
public final class LegTimeline {

    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;
    private static final int HISTORY = 1024;
    static final int MAX_CONCEAL_MILLIS = 1000;
    static final int MAX_DRIFT_SECONDS = 10;
    /** Nothing is placed beyond a day of audio, whatever the capture timestamps claim. */
    private static final long MAX_HOURS = 24;
    private static final int RECENT = 4;

    private final long originNanos;
    private final int clockRate;
    private final int trackRate;
    /** The nominal clock, or 0 while an unknown clock has not yet been measured. */
    private int jitterRate;
    private final boolean clockKnown;
    private final PcmTrack track;
    private final short[] pcm;
    private final AudioDecoder[] decoders = new AudioDecoder[128];
    private final IntFunction<AudioDecoder> decoderFactory;
    private final boolean[] noDecoder = new boolean[128];
    private final WrapExtender sequence = WrapExtender.sequence();
    private final WrapExtender timestamp = WrapExtender.timestamp();
    private final long[] seen = new long[HISTORY];
    private final LegCounters counters = new LegCounters();
    private final Segments recent = new Segments(RECENT);
    private final ComfortNoise noise = new ComfortNoise();
    private boolean inSegment;
    private final long[] segment = new long[Segments.FIELDS];
    private double lastTransit = Double.NaN;
    private long clockFirstNanos;
    private long clockFirstTicks;
    private long clockLastNanos;
    private long clockLastTicks;
    private long audioEnd;
    private AudioDecoder lastDecoder;
    private int lastPacketSamples;
    private long noiseStart = -1;
    private long noiseLast = -1;

    /**
     * {@code clockRate} 0 means unknown (dynamic payload types without SDP): positions then use
     * the track rate and jitter waits for {@link LegCounters#measuredClockRate()}. {@code pcm} is a
     * scratch buffer shared by the caller's legs; it must hold one decoded payload.
     */
    public LegTimeline(long originNanos, int clockRate, int trackRate, PcmTrack track, short[] pcm) {
        this(originNanos, clockRate, trackRate, track, pcm, PayloadTypes::newDecoder);
    }

    /** With the decoder for each audio payload type supplied by {@code decoders} (null = none). */
    public LegTimeline(long originNanos, int clockRate, int trackRate, PcmTrack track, short[] pcm,
                       IntFunction<AudioDecoder> decoders) {
        this.decoderFactory = decoders;
        this.originNanos = originNanos;
        this.clockRate = clockRate > 0 ? clockRate : trackRate;
        this.jitterRate = clockRate;
        this.clockKnown = clockRate > 0;
        this.trackRate = trackRate;
        this.track = track;
        this.pcm = pcm;
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
        PayloadKind kind = PayloadTypes.classify(pt, data, h.payloadOffset(), h.payloadLength());
        if (kind == PayloadKind.UNSUPPORTED && decoder(pt) != null) {
            kind = PayloadKind.AUDIO;
        }
        counters.payload(pt, kind);
        long tick = extTs - segment[Segments.ANCHOR_TIMESTAMP];
        long position = segment[Segments.ANCHOR] + toTrack(tick);
        if (kind == PayloadKind.EVENT) {
            long anchorNanos = segment[Segments.ANCHOR] * 1_000_000_000L / trackRate;
            if (counters.events.isNewTone(anchorNanos, tick)) {
                clock(captureNanos, extTs);
            }
            counters.events.offer(anchorNanos, tick, data, h.payloadOffset(), h.payloadLength());
            return;
        }
        jitter(captureNanos, extTs);
        if (inOrder) {
            clock(captureNanos, extTs);
        }
        if (kind == PayloadKind.AUDIO) {
            place(position, capturePosition, pt, h, data, missing, inOrder);
        } else if (kind == PayloadKind.COMFORT_NOISE && noise.level(data, h.payloadOffset(), h.payloadLength()) >= 0) {
            noiseStart = noiseStart < 0 ? position : noiseStart;
            noiseLast = Math.max(noiseLast, position);
        }
    }

    private boolean disagrees(long extTs, long capturePosition) {
        long projected = segment[Segments.ANCHOR] + toTrack(extTs - segment[Segments.ANCHOR_TIMESTAMP]);
        return Math.abs(projected - capturePosition) > (long) MAX_DRIFT_SECONDS * trackRate;
    }

    private long toTrack(long ticks) {
        return clockRate == trackRate ? ticks : Math.floorDiv(ticks * trackRate, clockRate);
    }

    /** RFC 3550 §6.4.1 / A.8: J += (|D(i-1,i)| - J) / 16, with transit times in RTP ticks. */
    private void jitter(long captureNanos, long extTs) {
        if (jitterRate == 0) {
            jitterRate = counters.measuredClockRate(clockFirstNanos == Long.MIN_VALUE ? 0 : clockLastNanos - clockFirstNanos,
                    clockLastTicks - clockFirstTicks);
            if (jitterRate == 0) {
                return;
            }
        }
        double transit = (captureNanos - originNanos) * (jitterRate / 1e9) - extTs;
        if (!Double.isNaN(lastTransit)) {
            counters.jitter += (Math.abs(transit - lastTransit) - counters.jitter) / 16;
            counters.maxJitter = Math.max(counters.maxJitter, counters.jitter);
        }
        lastTransit = transit;
    }

    private void clock(long captureNanos, long extTs) {
        if (clockFirstNanos == Long.MIN_VALUE) {
            clockFirstNanos = captureNanos;
            clockFirstTicks = extTs;
        }
        if (extTs >= clockLastTicks) {
            clockLastNanos = captureNanos;
            clockLastTicks = extTs;
        }
    }

    private void place(long position, long capturePosition, int pt, RtpHeader h, byte[] data, long missing,
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
        fillGap(position, missing);
        int n = decoder.decode(data, h.payloadOffset(), h.payloadLength(), pcm, 0);
        if (track.write(position, pcm, 0, n) < n) {
            counters.late++;
        }
        counters.audio(position, position + n);
        if (inOrder) {
            counters.drift.add(capturePosition, position);
        }
        audioEnd = Math.max(audioEnd, position + n);
        lastDecoder = decoder;
        lastPacketSamples = n;
        noiseStart = -1;
        noiseLast = -1;
    }

    /** The leg's decoder for {@code pt}, created on first use; null when there is none. */
    private AudioDecoder decoder(int pt) {
        if (decoders[pt] == null && !noDecoder[pt]) {
            decoders[pt] = decoderFactory.apply(pt);
            noDecoder[pt] = decoders[pt] == null;
        }
        return decoders[pt];
    }

    /** Fills the gap between the audio so far and {@code position}: comfort noise, concealment or silence. */
    private void fillGap(long position, long missing) throws IOException {
        if (counters.audioPackets == 0 || position <= audioEnd) {
            return;
        }
        if (noiseStart >= 0) {
            fillNoise(Math.max(audioEnd, noiseStart), position);
        } else if (missing > 0 && lastDecoder != null) {
            long n = Math.min(position - audioEnd,
                    Math.min(missing * lastPacketSamples, (long) MAX_CONCEAL_MILLIS * trackRate / 1000));
            for (long p = audioEnd; p < audioEnd + n;) {
                int k = lastDecoder.conceal(pcm, 0, (int) Math.min(pcm.length, audioEnd + n - p));
                if (k <= 0) {
                    break;
                }
                track.write(p, pcm, 0, k);
                counters.concealedSamples += k;
                p += k;
            }
        }
    }

    private void fillNoise(long from, long to) throws IOException {
        for (long p = from; p < to;) {
            int k = (int) Math.min(pcm.length, to - p);
            noise.fill(pcm, 0, k);
            track.write(p, pcm, 0, k);
            counters.comfortNoiseSamples += k;
            p += k;
        }
        if (to > from) {
            counters.media(from, to);
        }
    }

    private void startSegment(long capturePosition, long captureNanos, RtpHeader h) {
        if (inSegment) {
            closeClock();
            recent.push(segment, counters);
        }
        inSegment = true;
        Arrays.fill(seen, Long.MIN_VALUE);
        lastTransit = Double.NaN;
        clockFirstNanos = Long.MIN_VALUE;
        clockLastTicks = Long.MIN_VALUE;
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

    private void closeClock() {
        if (clockFirstNanos != Long.MIN_VALUE && clockLastNanos > clockFirstNanos) {
            counters.clockTicks += clockLastTicks - clockFirstTicks;
            counters.clockNanos += clockLastNanos - clockFirstNanos;
        }
    }

    /** Ends the leg (trailing comfort noise is rendered up to the last CN packet); counters are final afterwards. */
    public LegCounters finish() throws IOException {
        if (inSegment) {
            closeClock();
            recent.push(segment, counters);
            inSegment = false;
        }
        recent.closeAll(counters);
        if (noiseStart >= 0 && counters.audioPackets > 0) {
            fillNoise(Math.max(audioEnd, noiseStart), noiseLast);
            noiseStart = -1;
        }
        return counters;
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
