package io.callrec.application;

import jakarta.ejb.ApplicationException;

/** The request is well-formed but conflicts with the state of things (409); the message says what to do. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
