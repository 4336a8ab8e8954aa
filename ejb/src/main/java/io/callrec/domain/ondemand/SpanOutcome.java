package io.callrec.domain.ondemand;

import java.util.ArrayList;
import java.util.List;

/**
 * What the span policy made of a call: the recorded spans, every event with its verdict, how many
 * events were ignored and how many of those only because on-demand is not allowed for the account.
 */
public record SpanOutcome(List<RecordedSpan> spans, List<AuditEntry> audit, int ignored, int ignoredNotAllowed) {

    public SpanOutcome {
        spans = List.copyOf(spans);
        audit = List.copyOf(audit);
    }

    /** This outcome with {@code note} (an entry that is no control event, e.g. about the clocks) first in its audit. */
    public SpanOutcome withNote(AuditEntry note) {
        List<AuditEntry> all = new ArrayList<>(List.of(note));
        all.addAll(audit);
        return new SpanOutcome(spans, all, ignored, ignoredNotAllowed);
    }
}
