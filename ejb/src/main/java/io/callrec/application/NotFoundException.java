package io.callrec.application;

import jakarta.ejb.ApplicationException;

/** The request names something that does not exist; the message says what. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
    }
}
