package io.callrec.interfaces.security;

/** A path that needs a caller was reached without one: 401, like the filter's answer. */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException() {
        super("authentication required", null, false, false);
    }
}
