package io.callrec.domain.validation;

import io.callrec.domain.refusal.RequestRefusedException;

/** A value given for a named field breaks a domain rule (400); the message names the field and the rule. */
public class InvalidFieldException extends RequestRefusedException {

    private final String field;
    private final String problem;

    public InvalidFieldException(String field, String problem) {
        super(400, "field '" + field + "' " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The message without the field name, to report the same rule under another name. */
    public String problem() {
        return problem;
    }

    public String field() {
        return field;
    }
}
