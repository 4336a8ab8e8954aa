package io.callrec.interfaces.rest.binding;

import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.domain.xdr.InvalidCallRecordException;
import io.callrec.domain.refusal.RequestRefusedException;

/**
 * What a bound document is, for the words of its refusals: an admin request body (errors name
 * {@code (body)} or the field) or the switch's call record (errors as the switch's operator knows them).
 */
public enum Document {

    /** A request body of the admin API. */
    BODY {
        @Override
        RequestRefusedException missing() {
            return new InvalidFieldException("(body)", "is missing: a JSON object is expected");
        }

        @Override
        RequestRefusedException notAnObject() {
            return new InvalidFieldException("(body)", "must be a JSON object");
        }

        @Override
        RequestRefusedException notJson(String why) {
            return new InvalidFieldException("(body)", "is not valid JSON: " + why);
        }

        @Override
        RequestRefusedException field(String field, String problem) {
            return new InvalidFieldException(field, problem);
        }
    },

    /** The {@code call} part of {@code POST /calls}. */
    CALL_RECORD {
        @Override
        RequestRefusedException missing() {
            return notJson("the part is empty");
        }

        @Override
        RequestRefusedException notAnObject() {
            return new InvalidCallRecordException("the call record must be a JSON object");
        }

        @Override
        RequestRefusedException notJson(String why) {
            return new InvalidCallRecordException("the call record is not valid JSON: " + why);
        }

        /** The call record's only objects are the items of its arrays: either misfit is "an array of objects". */
        @Override
        RequestRefusedException field(String field, String problem) {
            boolean shape = problem.equals(NOT_AN_ARRAY) || problem.equals(NOT_AN_OBJECT);
            return new InvalidCallRecordException("field '" + field + "' " + (shape ? "must be an array of objects" : problem));
        }
    };

    static final String NOT_AN_ARRAY = "must be an array";
    static final String NOT_AN_OBJECT = "must be an object";

    abstract RequestRefusedException missing();

    abstract RequestRefusedException notAnObject();

    abstract RequestRefusedException notJson(String why);

    abstract RequestRefusedException field(String field, String problem);
}
