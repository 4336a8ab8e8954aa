package io.callrec.domain.ondemand;

/** What a control event asks for. */
public enum Action {
    START, STOP
}
