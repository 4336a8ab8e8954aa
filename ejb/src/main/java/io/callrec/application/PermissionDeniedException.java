package io.callrec.application;

/** An end user tried to change an attribute its access role does not let it modify. */
public class PermissionDeniedException extends RuntimeException {
    public PermissionDeniedException(String message) {
        super(message);
    }
}
