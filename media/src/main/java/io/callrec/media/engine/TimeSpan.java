package io.callrec.media.engine;

import java.time.Instant;
import java.util.Objects;

/** A recorded interval on the capture clock, {@code start} inclusive, {@code end} exclusive. */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("span ends before it starts: " + start + " > " + end);
        }
    }
}
