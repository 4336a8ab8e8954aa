package io.callrec.domain.webevent;

import io.callrec.domain.recording.RecordingState;
import java.util.Arrays;
import java.util.Optional;

/**
 * The event types a handler subscribes to, under the product's names. An outcome in the feed is one of
 * them (audio made → NewCallRecordingIsAvailable, no audio → CallRecordingFailed) or none (SUPPRESSED:
 * deliberately not recorded, nothing to tell).
 */
public enum WebEventType {
    NewCallRecordingIsAvailable,
    CallRecordingFailed;

    public static Optional<WebEventType> of(RecordingState outcome) {
        return switch (outcome) {
            case AVAILABLE, PARTIAL -> Optional.of(NewCallRecordingIsAvailable);
            case FAILED -> Optional.of(CallRecordingFailed);
            default -> Optional.empty();
        };
    }

    /** The type named exactly so, if there is one. */
    public static Optional<WebEventType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
