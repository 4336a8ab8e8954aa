package io.callrec.domain.refusal;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A request the server refuses because of what the client asked (bad input, unknown id, not allowed,
 * conflicting state, no room now): the message is for the client and the status is the HTTP answer.
 * An application exception with rollback, inherited by every subclass, so an EJB passes it through as
 * thrown and its transaction does not commit.
 */
@ApplicationException(rollback = true)
public abstract class RequestRefusedException extends RuntimeException {

    private final int status;

    protected RequestRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status that answers this refusal. */
    public int status() {
        return status;
    }

    /** Headers the answer needs beside the error body (none unless a subclass says so). */
    public Map<String, String> headers() {
        return Map.of();
    }
}
