package io.callrec.domain.identity;

import io.callrec.domain.refusal.RequestRefusedException;

/** The caller is authenticated but its role may not use this path (403); the message says which role may. */
public class RoleRequiredException extends RequestRefusedException {
    public RoleRequiredException(String message) {
        super(403, message);
    }
}
