package io.callrec.domain.xdr;

import io.callrec.domain.refusal.RequestRefusedException;

/** The call record posted by the switch is unusable (400); the message names the field and the reason. */
public class InvalidCallRecordException extends RequestRefusedException {
    public InvalidCallRecordException(String message) {
        super(400, message);
    }
}
