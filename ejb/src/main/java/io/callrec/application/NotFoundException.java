package io.callrec.application;

/** The request names something that does not exist; the message says what. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
    }
}
