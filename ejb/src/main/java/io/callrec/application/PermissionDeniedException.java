package io.callrec.application;

import jakarta.ejb.ApplicationException;

/** An end user tried to change an attribute its access role does not let it modify. */
@ApplicationException(rollback = true)
public class PermissionDeniedException extends RuntimeException {
    public PermissionDeniedException(String message) {
        super(message);
    }
}
