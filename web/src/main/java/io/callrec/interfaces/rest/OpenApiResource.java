package io.callrec.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** {@code GET /api/openapi.yaml}: the API's OpenAPI description, kept beside the resources it describes. */
@RequestScoped
@Path("/openapi.yaml")
public class OpenApiResource {

    @GET
    @Produces("application/yaml")
    public Response document() {
        InputStream yaml = OpenApiResource.class.getResourceAsStream("/openapi.yaml");
        return yaml == null ? ApiError.of(Response.Status.NOT_FOUND, "the OpenAPI description is not packaged")
                : Response.ok(yaml).build();
    }
}
