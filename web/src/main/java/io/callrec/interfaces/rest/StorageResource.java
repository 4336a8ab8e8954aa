package io.callrec.interfaces.rest;

import io.callrec.application.lifecycle.StorageReport;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import io.callrec.domain.identity.Caller;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    /** What a customer's recordings use; also the answer of {@code GET /customers/{id}/storage}. */
    @JsonbPropertyOrder({"customerId", "recordings", "bytes"})
    public record CustomerStorage(String customerId, long recordings, long bytes) {
    }

    @JsonbPropertyOrder({"totalBytes", "usableBytes"})
    public record Disk(long totalBytes, long usableBytes) {
    }

    @JsonbPropertyOrder({"customers", "disk"})
    public record Storage(List<CustomerStorage> customers, Disk disk) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response storage() {
        Caller caller = current.get();
        List<CustomerStorage> customers = storage.use(caller, null).stream()
                .map(u -> new CustomerStorage(u.customerId(), u.recordings(), u.bytes())).toList();
        StorageReport.Disk disk = storage.disk(caller);
        return Response.ok(new Storage(customers, new Disk(disk.totalBytes(), disk.usableBytes()))).build();
    }
}
