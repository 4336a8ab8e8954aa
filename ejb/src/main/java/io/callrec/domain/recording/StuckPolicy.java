package io.callrec.domain.recording;

import java.time.Duration;
import java.time.Instant;

/**
 * What the reconciliation sweep does with a recording that has not moved for too long: queue it
 * again a bounded number of times, then give up with a reason. A recording still inside its time
 * budget is left alone.
 */
public record StuckPolicy(Duration stuckAfter, int maxRequeues) {

    public enum Decision { LEAVE, REQUEUE, FAIL }

    public Decision decide(RecordingState state, Instant lastChange, int requeues, boolean captureKept, Instant now) {
        if (state.isFinal() || !lastChange.plus(stuckAfter).isBefore(now)) {
            return Decision.LEAVE;
        }
        return requeues < maxRequeues && captureKept ? Decision.REQUEUE : Decision.FAIL;
    }

    public String failureReason(RecordingState state, int requeues) {
        return "stuck in " + state + " for more than " + stuckAfter.toMinutes() + " minutes after "
                + requeues + " re-queues";
    }
}
