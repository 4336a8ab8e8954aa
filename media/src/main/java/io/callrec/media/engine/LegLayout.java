package io.callrec.media.engine;

import io.callrec.media.dsp.SincKernel;
import io.callrec.media.mix.ResampledSource;
import io.callrec.media.mix.SampleSource;
import io.callrec.media.timeline.DriftEstimator;
import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.PcmTrack;
import io.callrec.media.timeline.TelephoneEvents;
import java.io.IOException;
import java.util.List;

/**
 * Where one leg's track lands in the output: rate conversion (track rate to output rate) and
 * clock-drift correction. Drift is corrected when the RTP clock, measured against the capture
 * clock over the whole leg, would move the leg by more than {@link #DRIFT_MIN_MILLIS} and the
 * estimate is clearly above jitter (4 standard errors): the leg is then stretched around its
 * first audio sample, so legs stay aligned by capture time of their first packets and end in sync.
 * A single audio leg has nothing to stay in sync with and is never stretched, unless the recording
 * is cut to on-demand spans (they are on the capture clock). A leg is never stretched past the
 * capture time its last packet's audio ends at: a sender that pauses without advancing its
 * timestamps makes the least-squares slope overshoot (the G.722 SIPREC corpus capture showed -11 %),
 * and the capture clock bounds the leg. Such pauses are put back as silence before this
 * ({@link io.callrec.media.timeline.TimestampStalls}), leaving that capture at -0.17 % and -0.08 %.
 * Otherwise, at equal rates, samples are copied exactly.
 */
final class LegLayout {

    static final double DRIFT_MIN_MILLIS = 5;

    private final int trackRate;
    private final int outRate;
    private final double slope;
    /** The slope the stretch uses: the measured one, bounded by the capture clock. */
    private final double applied;
    private final boolean corrected;
    private final long pivot;
    final int toneRate;
    final List<TelephoneEvents.Tone> tones;
    private final long mediaStart;
    private final long mediaEnd;

    /** {@code clockRate} 0 = unknown (measured instead); {@code syncLegs}: other audio legs exist to stay in sync with. */
    LegLayout(LegCounters c, int clockRate, int trackRate, int outRate, boolean syncLegs) {
        this.trackRate = trackRate;
        this.outRate = outRate;
        DriftEstimator d = c.drift();
        double drift = d.slope();
        double millis = Math.abs(drift) * d.span() * 1000 / trackRate;
        corrected = syncLegs && millis > DRIFT_MIN_MILLIS && Math.abs(drift) > 4 * d.slopeError();
        pivot = Math.max(0, c.firstSample());
        slope = drift;
        applied = corrected ? boundedSlope(drift, pivot, c.endSample(), c.endSample() - d.lastOffset()) : 0;
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

    /**
     * A slow clock (slope &lt; 0) stretches the leg by 1 / (1 + slope) around {@code pivot}; the
     * stretch is limited so that the placed end {@code end} lands no later than {@code captureEnd}.
     */
    static double boundedSlope(double slope, long pivot, long end, double captureEnd) {
        double span = end - pivot;
        if (slope >= 0 || span <= 0 || captureEnd <= pivot || pivot + span / (1 + slope) <= captureEnd) {
            return slope;
        }
        return span / (captureEnd - pivot) - 1;
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

    /** The measured drift (statistics); the stretch may use less, see {@link #boundedSlope}. */
    double slope() {
        return slope;
    }

    boolean corrected() {
        return corrected;
    }

    long trackPosition(long nanos) {
        return Math.round(nanos * (trackRate / 1e9));
    }

    /** Track position (samples at the track rate, placed by RTP time) to output samples on the capture clock. */
    double toOutput(double trackPosition) {
        double captureTime = corrected ? pivot + (trackPosition - pivot) / (1 + applied) : trackPosition;
        return captureTime * outRate / trackRate;
    }

    /** The track read from output sample {@code start} on, converted and drift-corrected as needed. */
    SampleSource source(PcmTrack track, long start) throws IOException {
        if (!corrected && trackRate == outRate) {
            return track.finish(start);
        }
        double scale = corrected ? 1 + applied : 1;
        double step = scale * trackRate / outRate;
        double captureTime = (double) start * trackRate / outRate;
        double first = corrected ? pivot + scale * (captureTime - pivot) : captureTime;
        return new ResampledSource(track.finish(0), first, step, SincKernel.forRates(trackRate, outRate));
    }
}
