package io.callrec.domain.refusal;

/** The upload exceeds the configured capture size limit (413). */
public class CaptureTooLargeException extends RequestRefusedException {
    public CaptureTooLargeException(long limitBytes) {
        super(413, "the capture exceeds the limit of " + limitBytes + " bytes (callrec.capture.max-bytes)");
    }
}
