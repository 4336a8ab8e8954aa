package io.callrec.domain.refusal;

/** The upload is not a capture we can read (400); the message says why, for the client. */
public class InvalidCaptureException extends RequestRefusedException {
    public InvalidCaptureException(String message) {
        super(400, message);
    }
}
