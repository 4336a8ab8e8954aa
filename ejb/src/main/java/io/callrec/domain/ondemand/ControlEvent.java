package io.callrec.domain.ondemand;

import java.time.Instant;
import java.util.Objects;

/** One request to start or stop recording during a call; {@code detail} says what exactly was seen. */
public record ControlEvent(Instant at, Action action, Trigger trigger, String detail) {

    public ControlEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(trigger, "trigger");
        detail = detail == null ? "" : detail;
    }
}
