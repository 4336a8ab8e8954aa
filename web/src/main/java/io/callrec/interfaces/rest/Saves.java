package io.callrec.interfaces.rest;

import io.callrec.application.administration.Saved;
import io.callrec.domain.validation.InvalidFieldException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Shared rules of the admin API's create-or-replace ({@code PUT /.../{id}}) and list endpoints. */
final class Saves {

    static final int MAX_ID_LENGTH = 64;
    static final int MAX_LIMIT = 1000;

    private Saves() {
    }

    /** Ids are chosen by the operator (its billing ids): 1 to 64 visible characters. */
    static String id(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || !id.equals(id.strip())) {
            throw new InvalidFieldException("id", "must be 1 to " + MAX_ID_LENGTH
                    + " characters without surrounding spaces, not '" + id + "'");
        }
        return id;
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** 201 with Location for a new entity, 200 for a replaced one; the body is the entity as stored. */
    static Response answer(Saved<?> saved, Object view, UriInfo uri) {
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(view).build();
    }
}
