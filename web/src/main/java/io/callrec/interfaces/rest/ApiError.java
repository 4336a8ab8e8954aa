package io.callrec.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error answer of the API: a status and a JSON body {@code {"status": 400, "error": "..."}}. */
final class ApiError {

    private ApiError() {
    }

    static Response of(Response.Status status, String message) {
        return of(status.getStatusCode(), message);
    }

    static Response of(int status, String message) {
        String body = Json.createObjectBuilder()
                .add("status", status)
                .add("error", message == null ? "" : message)
                .build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
