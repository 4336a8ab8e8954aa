package io.callrec.domain.identity;

import jakarta.ejb.ApplicationException;

/** The caller is authenticated but its role may not use this path (403); the message says which role may. */
@ApplicationException(rollback = true)
public class RoleRequiredException extends RuntimeException {
    public RoleRequiredException(String message) {
        super(message);
    }
}
