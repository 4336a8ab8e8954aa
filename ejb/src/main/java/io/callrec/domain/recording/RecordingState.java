package io.callrec.domain.recording;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a recording. Every allowed transition is listed here and nowhere else, so a state
 * change that the domain did not foresee fails loudly instead of leaving a recording stuck. Every
 * recording ends in exactly one final state: AVAILABLE, PARTIAL, FAILED or SUPPRESSED.
 */
public enum RecordingState {
    /** Accepted with its capture; a conversion request is queued. */
    PENDING,
    /** A converter has picked it up (possibly again, after a transient failure). */
    CONVERTING,
    /** The audio file exists and is linked to the xDRs. Final. */
    AVAILABLE,
    /** Audio exists but some of the call is missing; the reason says which part and why. Final. */
    PARTIAL,
    /** No audio could be made; the reason says why. Final, but an operator may re-queue it. */
    FAILED,
    /** Policy or on-demand control said not to record: there is deliberately no audio. Final. */
    SUPPRESSED;

    public boolean isFinal() {
        return this == AVAILABLE || this == PARTIAL || this == FAILED || this == SUPPRESSED;
    }

    /** Final states whose audio can be played. */
    public boolean hasAudio() {
        return this == AVAILABLE || this == PARTIAL;
    }

    public boolean canMoveTo(RecordingState next) {
        return successors().contains(next);
    }

    private Set<RecordingState> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(PENDING, CONVERTING, FAILED, SUPPRESSED);
            case CONVERTING -> EnumSet.of(CONVERTING, PENDING, AVAILABLE, PARTIAL, FAILED, SUPPRESSED);
            case FAILED -> EnumSet.of(PENDING);
            case AVAILABLE, PARTIAL, SUPPRESSED -> EnumSet.noneOf(RecordingState.class);
        };
    }
}
