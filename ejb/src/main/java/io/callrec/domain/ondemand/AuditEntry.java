package io.callrec.domain.ondemand;

import java.time.Instant;

/** One control event as the span policy judged it: accepted, or ignored with the reason. */
public record AuditEntry(Instant at, Action action, Trigger trigger, String detail, boolean accepted, String reason) {

    static AuditEntry accepted(ControlEvent e, String reason) {
        return new AuditEntry(e.at(), e.action(), e.trigger(), e.detail(), true, reason);
    }

    static AuditEntry ignored(ControlEvent e, String reason) {
        return new AuditEntry(e.at(), e.action(), e.trigger(), e.detail(), false, reason);
    }

    /** An accepted start or stop (not a note about the clocks): it started or stopped the recording. */
    public boolean changedRecording() {
        return accepted && (action == Action.START || action == Action.STOP);
    }
}
