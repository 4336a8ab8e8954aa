package io.callrec.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error answer of the API: a status and a JSON body {@code {"status": 400, "error": "..."}}. */
@JsonbPropertyOrder({"status", "error"})
public record ApiError(int status, String error) {

    static Response of(Response.Status status, String message) {
        return of(status.getStatusCode(), message);
    }

    static Response of(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message == null ? "" : message)).build();
    }
}
