package io.callrec.application.administration;

import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.infrastructure.persistence.ServiceDirectory;

/** Resolves ids named in a request body; an unknown one is a 400 naming the field, not a 404. */
final class References {

    private References() {
    }

    static <T> T required(ServiceDirectory directory, Class<T> type, String field, String kind, String id) {
        if (id == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return optional(directory, type, field, kind, id);
    }

    static <T> T optional(ServiceDirectory directory, Class<T> type, String field, String kind, String id) {
        if (id == null) {
            return null;
        }
        return directory.find(type, id).orElseThrow(() -> new InvalidFieldException(field,
                "refers to no " + kind + " with id '" + id + "'"));
    }
}
