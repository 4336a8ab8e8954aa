package io.callrec.media.timeline;

/**
 * Collects what {@link ClockFit} needs from a leg's in-order audio packets (reordered, duplicate and
 * late packets never get here): per window of capture time, the least-late packet. A new anchor
 * (a new segment: another SSRC, a sequence or timestamp jump) puts the leg's positions on another
 * footing, so each anchor has its windows apart; the fit uses the anchor that carried the most packets,
 * the leg's main stream. Two window sets per leg, constant memory, nothing allocated per packet.
 */
public final class DriftEstimator {

    private final long windowSamples;
    private EnvelopeWindows current;
    private EnvelopeWindows best;
    private final int trackRate;

    /** Windows of one second at {@code trackRate}. */
    DriftEstimator(int trackRate) {
        this.trackRate = trackRate;
        this.windowSamples = trackRate;
        this.current = new EnvelopeWindows(windowSamples, trackRate);
        this.best = new EnvelopeWindows(windowSamples, trackRate);
    }

    /** An in-order audio packet: where it was captured and where its timestamp placed it (track samples). */
    void add(double capturePosition, long placedPosition) {
        current.add(capturePosition, placedPosition);
    }

    /** The leg was anchored afresh: later packets are measured apart from the earlier ones. */
    void newAnchor() {
        current.close();
        if (current.packets > best.packets) {
            EnvelopeWindows kept = best;
            best = current;
            current = kept;
        }
        current.clear(windowSamples);
    }

    /** The fit over the anchor with the most packets (call when the leg has ended). */
    public ClockFit fit() {
        current.close();
        EnvelopeWindows w = current.packets >= best.packets ? current : best;
        return ClockFit.of(w.placed, w.lateness, w.size, trackRate);
    }
}
