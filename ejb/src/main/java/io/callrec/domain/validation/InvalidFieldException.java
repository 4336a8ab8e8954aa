package io.callrec.domain.validation;

import jakarta.ejb.ApplicationException;

/** A value given for a named field breaks a domain rule; the message names the field and the rule. */
@ApplicationException(rollback = true)
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String problem;

    public InvalidFieldException(String field, String problem) {
        super("field '" + field + "' " + problem);
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
