package io.callrec.interfaces.rest.binding;

/** The messages of the request records' constraints, in the words every 400 of the API uses. */
public final class Constraints {

    /** "field 'name' is required". */
    public static final String REQUIRED = "is required";

    /** The call record's own wording: "missing required field 'calledNumber'". */
    public static final String MISSING = "missing required field '" + FieldPath.PLACEHOLDER + "'";

    private Constraints() {
    }
}
