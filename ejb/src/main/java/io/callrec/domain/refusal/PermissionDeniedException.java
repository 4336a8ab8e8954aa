package io.callrec.domain.refusal;

/** An end user tried to change an attribute its access role does not let it modify (403). */
public class PermissionDeniedException extends RequestRefusedException {
    public PermissionDeniedException(String message) {
        super(403, message);
    }
}
