package io.callrec.domain.ondemand;

/** What a control event asks for; {@code ALIGN} marks the audit entry about the call record's clock. */
public enum Action {
    START, STOP, ALIGN
}
