package io.callrec.infrastructure.storage;

/** The upload exceeds the configured capture size limit. */
public class CaptureTooLargeException extends RuntimeException {
    public CaptureTooLargeException(long limitBytes) {
        super("the capture exceeds the limit of " + limitBytes + " bytes (callrec.capture.max-bytes)");
    }
}
