package io.callrec.domain.transfer;

import io.callrec.domain.ondemand.RecordedSpan;
import java.util.List;

/**
 * An account on the call: whether the switch wrote an xDR for it, whether it has "auto record
 * redirected calls", and the spans its own recording covers (from the span policy, over the whole call).
 */
public record Participant(String accountId, boolean hasXdr, boolean autoRecordRedirected, List<RecordedSpan> spans) {

    public Participant {
        spans = List.copyOf(spans);
    }

    boolean recordingAt(java.time.Instant t) {
        return spans.stream().anyMatch(s -> s.contains(t));
    }
}
