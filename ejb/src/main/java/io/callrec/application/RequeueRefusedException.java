package io.callrec.application;

import jakarta.ejb.ApplicationException;

/** A re-queue that cannot be done; {@link #why()} tells unknown from conflicting. */
@ApplicationException(rollback = true)
public class RequeueRefusedException extends RuntimeException {

    public enum Why { UNKNOWN, CONFLICT }

    private final Why why;

    public RequeueRefusedException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
