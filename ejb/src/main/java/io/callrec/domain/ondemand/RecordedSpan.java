package io.callrec.domain.ondemand;

import java.time.Duration;
import java.time.Instant;

/** A stretch of the call that is recorded: from {@code start} (inclusive) to {@code end}. */
public record RecordedSpan(Instant start, Instant end, Trigger startedBy) {

    public RecordedSpan {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("span ends before it starts: " + start + " > " + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }
}
