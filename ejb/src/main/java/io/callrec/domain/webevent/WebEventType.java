package io.callrec.domain.webevent;

import io.callrec.domain.recording.RecordingState;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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

    /** The outcomes that are events of one of {@code types}: what a handler subscribing to them is sent. */
    public static Set<RecordingState> outcomesOf(Collection<WebEventType> types) {
        Set<RecordingState> outcomes = EnumSet.noneOf(RecordingState.class);
        for (RecordingState state : RecordingState.values()) {
            of(state).filter(types::contains).ifPresent(t -> outcomes.add(state));
        }
        return outcomes;
    }

    /** The type named exactly so, if there is one. */
    public static Optional<WebEventType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
