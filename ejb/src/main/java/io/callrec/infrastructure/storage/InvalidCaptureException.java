package io.callrec.infrastructure.storage;

/** The upload is not a capture we can read; the message says why, for the client. */
public class InvalidCaptureException extends RuntimeException {
    public InvalidCaptureException(String message) {
        super(message);
    }
}
