package io.callrec.interfaces.rest;

import io.callrec.application.lifecycle.StorageReport;
import io.callrec.domain.identity.Caller;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/v1/storage} (admin only): storage used per customer and what the disk has left. */
@RequestScoped
@Path("/v1/storage")
public class StorageResource {

    @Inject
    StorageReport storage;

    @Inject
    CurrentCaller current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response storage() {
        Caller caller = current.get();
        JsonArrayBuilder customers = Json.createArrayBuilder();
        storage.use(caller, null).forEach(u -> customers.add(Json.createObjectBuilder()
                .add("customerId", u.customerId()).add("recordings", u.recordings()).add("bytes", u.bytes())));
        StorageReport.Disk disk = storage.disk(caller);
        return Response.ok(Json.createObjectBuilder()
                .add("customers", customers)
                .add("disk", Json.createObjectBuilder().add("totalBytes", disk.totalBytes())
                        .add("usableBytes", disk.usableBytes()))
                .build().toString()).build();
    }
}
