package io.callrec.interfaces.rest;

import io.callrec.application.lifecycle.MaintenanceJobs;
import io.callrec.application.lifecycle.OrphanSweep;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/maintenance/{job}} (admin only): runs a life-cycle job now, as its timer would (an
 * operator after an incident, or before a planned change). Jobs: retention-purge, reconciliation,
 * orphan-sweep. Each run is in the audit log.
 */
@RequestScoped
@Path("/v1/maintenance/{job}")
public class MaintenanceResource {

    @Inject
    MaintenanceJobs jobs;

    @Inject
    CurrentCaller current;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(@PathParam("job") String job) {
        Caller caller = current.require(Role.ADMIN);
        JsonObjectBuilder report = Json.createObjectBuilder().add("job", job);
        switch (job) {
            case "retention-purge" -> count(report, "expired", jobs.retentionPurge(caller));
            case "reconciliation" -> count(report, "handled", jobs.reconciliation(caller));
            case "orphan-sweep" -> {
                OrphanSweep.Report r = jobs.orphanSweep(caller);
                JsonArrayBuilder deleted = Json.createArrayBuilder();
                r.deleted().forEach(p -> deleted.add(p.toString()));
                JsonArrayBuilder missing = Json.createArrayBuilder();
                r.recordingsMissingAudio().forEach(missing::add);
                report.add("ran", r.ran()).add("deleted", deleted).add("recordingsMissingAudio", missing);
            }
            default -> {
                return ApiError.of(Response.Status.NOT_FOUND,
                        "no job '" + job + "'; jobs are retention-purge, reconciliation, orphan-sweep");
            }
        }
        return Response.ok(report.build().toString()).build();
    }

    /** -1 means another instance holds the job's lease right now. */
    private static void count(JsonObjectBuilder report, String name, int value) {
        report.add("ran", value >= 0).add(name, Math.max(value, 0));
    }
}
