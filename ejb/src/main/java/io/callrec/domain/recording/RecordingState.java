package io.callrec.domain.recording;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a recording. Every allowed transition is listed here and nowhere else, so a state
 * change that the domain did not foresee fails loudly instead of leaving a recording stuck.
 */
public enum RecordingState {
    /** Accepted with its capture; a conversion request is queued. */
    PENDING,
    /** A converter has picked it up (possibly again, after a transient failure). */
    CONVERTING,
    /** The audio file exists and is linked to the xDRs. Final. */
    AVAILABLE,
    /** No audio could be made; {@code failureReason} says why. Final, but an operator may re-queue it. */
    FAILED;

    public boolean isFinal() {
        return this == AVAILABLE || this == FAILED;
    }

    public boolean canMoveTo(RecordingState next) {
        return successors().contains(next);
    }

    private Set<RecordingState> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONVERTING, FAILED);
            case CONVERTING -> EnumSet.of(CONVERTING, AVAILABLE, FAILED);
            case FAILED -> EnumSet.of(PENDING);
            case AVAILABLE -> EnumSet.noneOf(RecordingState.class);
        };
    }
}
