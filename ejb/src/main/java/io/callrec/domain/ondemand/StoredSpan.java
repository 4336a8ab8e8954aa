package io.callrec.domain.ondemand;

/** A recorded span as kept with a recording, with its call leg when the switch reported legs. */
public record StoredSpan(RecordedSpan span, String legId, String parties) {

    public StoredSpan(RecordedSpan span) {
        this(span, null, null);
    }
}
