package io.callrec.domain.xdr;

/** The call record posted by the switch is unusable; the message names the field and the reason. */
public class InvalidCallRecordException extends RuntimeException {
    public InvalidCallRecordException(String message) {
        super(message);
    }
}
