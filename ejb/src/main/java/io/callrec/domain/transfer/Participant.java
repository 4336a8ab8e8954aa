package io.callrec.domain.transfer;

import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.policy.RecordingPolicy;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.xdr.CallDirection;
import java.time.Instant;
import java.util.List;

/**
 * An account on the call: whether the switch wrote an xDR for it, whether it has "auto record
 * redirected calls", and the spans its own recording covers (from the span policy, over the whole call).
 */
public record Participant(String accountId, boolean hasXdr, boolean autoRecordRedirected, List<RecordedSpan> spans) {

    public Participant {
        spans = List.copyOf(spans);
    }

    /**
     * An account as its configuration makes it: the recording policy for its direction of the call decides
     * whether its recording starts at connect and whether its control events count; they give its spans.
     */
    public static Participant of(String accountId, boolean hasXdr, EffectiveConfiguration config, CallDirection direction,
                                 Instant connect, Instant disconnect, List<ControlEvent> events) {
        RecordingDecision decision = RecordingPolicy.decide(config, direction);
        List<RecordedSpan> spans = SpanPolicy.apply(connect, disconnect, decision.record(), decision.onDemandAllowed(),
                events).spans();
        return new Participant(accountId, hasXdr, config.isOn(RecordingOption.AUTO_RECORD_REDIRECTED), spans);
    }

    boolean recordingAt(Instant t) {
        return spans.stream().anyMatch(s -> s.contains(t));
    }
}
