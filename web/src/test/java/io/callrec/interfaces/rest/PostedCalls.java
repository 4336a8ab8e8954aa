package io.callrec.interfaces.rest;

import io.callrec.application.intake.CallIntake.PostedCall;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.InvalidCallRecordException;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.FieldPath;
import jakarta.validation.ConstraintViolationException;

/** Reads a call record as {@code POST /calls} does; a broken constraint is thrown with the text its 400 carries. */
final class PostedCalls {

    private PostedCalls() {
    }

    static PostedCall read(String json) {
        try {
            return JsonBodiesTest.BODIES.read(json, CallRecordRequest.class, Document.CALL_RECORD).toPostedCall();
        } catch (ConstraintViolationException e) {
            throw new InvalidCallRecordException(FieldPath.error(e));
        }
    }

    /** The posting account's xDR. */
    static CallRecord primary(String json) {
        return read(json).accounts().get(0).call();
    }
}
