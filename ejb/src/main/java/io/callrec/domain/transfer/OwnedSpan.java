package io.callrec.domain.transfer;

import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.Trigger;
import java.time.Instant;
import java.util.List;

/** A part of one leg that goes into an owner's recording. */
public record OwnedSpan(String legId, String parties, Instant start, Instant end) {

    /** What started the owner's recording that this part belongs to (its span running at {@code start}). */
    public Trigger startedBy(List<RecordedSpan> ownerSpans) {
        return ownerSpans.stream().filter(s -> s.contains(start)).map(RecordedSpan::startedBy).findFirst()
                .orElse(Trigger.AUTO);
    }
}
