package io.callrec.domain.refusal;

/** The request names something that does not exist, or that the caller may not see (404); the message says what. */
public class NotFoundException extends RequestRefusedException {
    public NotFoundException(String kind, String id) {
        super(404, "no " + kind + " with id '" + id + "'");
    }
}
