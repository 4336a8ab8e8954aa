package io.callrec.domain.refusal;

/** The request is well-formed but conflicts with the state of things (409); the message says what to do. */
public class ConflictException extends RequestRefusedException {
    public ConflictException(String message) {
        super(409, message);
    }
}
