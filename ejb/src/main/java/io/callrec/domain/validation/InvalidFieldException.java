package io.callrec.domain.validation;

/** A value given for a named field breaks a domain rule; the message names the field and the rule. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String problem) {
        super("field '" + field + "' " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
