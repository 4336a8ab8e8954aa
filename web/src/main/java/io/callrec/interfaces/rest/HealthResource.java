package io.callrec.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.enterprise.context.RequestScoped;
import io.callrec.application.access.RecordingCatalog;
import io.callrec.infrastructure.storage.StorageLayout;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code GET /api/v1/health}: the application is up when its database answers and its storage folder
 * is writable. (WildFly's own {@code :9990/health} reports the server and its deployments.)
 */
@RequestScoped
@Path("/v1/health")
public class HealthResource {

    @Inject
    RecordingCatalog catalog;

    @Inject
    StorageLayout storage;

    @JsonbPropertyOrder({"database", "storage"})
    public record Checks(String database, String storage) {
    }

    /** UP when every check is UP. */
    @JsonbPropertyOrder({"status", "checks"})
    public record Health(String status, Checks checks) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database = databaseAnswers();
        boolean writable = storageWritable();
        boolean up = database && writable;
        Health body = new Health(state(up), new Checks(state(database), state(writable)));
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }

    private static String state(boolean up) {
        return up ? "UP" : "DOWN";
    }

    private boolean databaseAnswers() {
        try {
            return catalog.databaseAnswers();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean storageWritable() {
        try {
            Files.createDirectories(storage.root());
            return Files.isWritable(storage.root());
        } catch (IOException e) {
            return false;
        }
    }
}
