package io.callrec.domain.refusal;

/** A re-queue that cannot be done: 404 for an unknown recording, 409 for one not in a state to re-queue. */
public class RequeueRefusedException extends RequestRefusedException {

    public enum Why { UNKNOWN, CONFLICT }

    private final Why why;

    public RequeueRefusedException(Why why, String message) {
        super(why == Why.UNKNOWN ? 404 : 409, message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
