package io.callrec.application;

/** A conversion attempt failed for a reason that may go away; thrown so the request is redelivered. */
public class ConversionRetryException extends RuntimeException {
    public ConversionRetryException(long recordingId, Throwable cause) {
        super("conversion of recording " + recordingId + " failed: " + cause.getMessage(), cause);
    }
}
