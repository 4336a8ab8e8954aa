package io.callrec.media.engine;

import io.callrec.media.dsp.SincKernel;
import io.callrec.media.mix.ResampledSource;
import io.callrec.media.mix.SampleSource;
import io.callrec.media.timeline.ClockFit;
import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.PcmTrack;
import io.callrec.media.timeline.TelephoneEvents;
import java.io.IOException;
import java.util.List;

/**
 * Where one leg's track lands in the output: rate conversion (track rate to output rate) and the
 * leg's place on the capture clock ({@link ClockFit}): each track sample p belongs at capture
 * position {@code p + lateness(p)}, the lower envelope of its packets' arrival delay. When the drift
 * is correctable (measured with evidence, plausible, worth more than 5 ms) and other audio legs exist
 * to stay in sync with, the leg is stretched along that line; otherwise it is moved by a whole number
 * of samples, the envelope's constant {@link ClockFit#offset(long)}, so that a G.711 leg is still copied
 * sample-exact, and lands where its least-delayed packets say rather than where its first packet
 * happened to arrive. A decoder whose output lags its timestamps (Opus resampled to the track rate,
 * {@link io.callrec.media.codec.AudioDecoder#delaySamples()}) has the leg moved back by that lag.
 * A single audio leg has nothing to stay in sync with and is never stretched, unless the recording
 * is cut to on-demand spans (they are on the capture clock). Since the line lies under every
 * packet, no packet is placed later than it was captured: a sender that pauses without advancing
 * its timestamps cannot make the leg overshoot (see also
 * {@link io.callrec.media.timeline.TimestampStalls}).
 */
final class LegLayout {

    private final int trackRate;
    private final int outRate;
    private final ClockFit fit;
    private final boolean corrected;
    /** The whole samples a leg placed by its timestamps moves by. */
    private final long offset;
    /** Its decoders' output lags the timestamps by this many track samples. */
    private final int delay;
    final int toneRate;
    final List<TelephoneEvents.Tone> tones;
    private final long mediaStart;
    private final long mediaEnd;

    /** {@code clockRate} 0 = unknown (measured instead); {@code syncLegs}: other audio legs exist to stay in sync with. */
    LegLayout(LegCounters c, int clockRate, int trackRate, int outRate, boolean syncLegs) {
        this.trackRate = trackRate;
        this.outRate = outRate;
        fit = c.drift().fit();
        corrected = syncLegs && fit.status() == ClockFit.Status.CORRECTABLE;
        delay = c.decoderDelay();
        offset = Math.round(fit.offset(Math.max(0, c.firstSample())));
        int measured = c.measuredClockRate();
        toneRate = c.audioPackets() > 0 && clockRate > 0 ? clockRate
                : measured > 0 ? measured : clockRate > 0 ? clockRate : 8000;
        tones = c.events().tones(toneRate);
        long start = c.audioPackets() > 0 ? c.firstSample() : Long.MAX_VALUE;
        long end = c.audioPackets() > 0 ? c.endSample() : Long.MIN_VALUE;
        for (TelephoneEvents.Tone t : tones) {
            start = Math.min(start, trackPosition(t.startNanos()));
            end = Math.max(end, trackPosition(t.startNanos() + t.durationNanos()));
        }
        mediaStart = start;
        mediaEnd = end;
    }

    boolean hasMedia() {
        return mediaStart != Long.MAX_VALUE;
    }

    /** Output sample (from the timeline origin) where the media of this leg starts / ends. */
    long outputStart() {
        return Math.round(toOutput(mediaStart));
    }

    long outputEnd() {
        return Math.round(toOutput(mediaEnd));
    }

    /** The measured drift in ppm (statistics), applied or not. */
    double driftPpm() {
        return fit.driftPpm();
    }

    boolean corrected() {
        return corrected;
    }

    /** What became of the drift estimate, for the statistics: corrected, or why not. */
    String driftStatus() {
        if (corrected) {
            return "corrected";
        }
        return fit.status() == ClockFit.Status.CORRECTABLE ? "single-leg"
                : fit.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The track position {@link #toOutput} takes for a tone at {@code nanos} on the leg's timestamp
     * time line: tones come from the timestamps, not from a decoder, so no decoder delay applies.
     */
    long trackPosition(long nanos) {
        return Math.round(nanos * (trackRate / 1e9)) + delay;
    }

    /** Track position (samples at the track rate, placed by RTP time) to output samples on the capture clock. */
    double toOutput(double trackPosition) {
        double p = trackPosition - delay;
        double captureTime = corrected ? p + fit.lateness(trackPosition) : p + offset;
        return captureTime * outRate / trackRate;
    }

    /** The track read from output sample {@code start} on, converted and drift-corrected as needed. */
    SampleSource source(PcmTrack track, long start) throws IOException {
        if (!corrected && trackRate == outRate) {
            return track.finish(start - offset + delay);
        }
        double captureTime = (double) start * trackRate / outRate;
        double scale = corrected ? 1 + fit.slope() : 1;
        double first = corrected ? (captureTime + delay - fit.intercept()) / scale : captureTime - offset + delay;
        double step = (double) trackRate / outRate / scale;
        return new ResampledSource(track.finish(0), first, step, SincKernel.forRates(trackRate, outRate));
    }
}
