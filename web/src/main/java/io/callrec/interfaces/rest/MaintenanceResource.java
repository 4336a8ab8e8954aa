package io.callrec.interfaces.rest;

import io.callrec.application.lifecycle.MaintenanceJobs;
import io.callrec.application.lifecycle.OrphanSweep;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
        Report report = switch (job) {
            case "retention-purge" -> Report.expired(job, jobs.retentionPurge(caller));
            case "reconciliation" -> Report.handled(job, jobs.reconciliation(caller));
            case "orphan-sweep" -> {
                OrphanSweep.Report r = jobs.orphanSweep(caller);
                yield new Report(job, r.ran(), null, null, r.deleted().stream().map(Object::toString).toList(),
                        List.copyOf(r.recordingsMissingAudio()));
            }
            default -> null;
        };
        if (report == null) {
            return ApiError.of(Response.Status.NOT_FOUND, "no job '" + job + "'; jobs are retention-purge, reconciliation, orphan-sweep");
        }
        return Response.ok(report).build();
    }

    /** What a job did: whether it ran here, and its count or (the orphan sweep) what it found; the rest left out. */
    @JsonbPropertyOrder({"job", "ran", "expired", "handled", "deleted", "recordingsMissingAudio"})
    public record Report(String job, boolean ran, Integer expired, Integer handled, List<String> deleted,
                         List<Long> recordingsMissingAudio) {

        /** For the counting jobs, -1 means another instance holds the job's lease right now: not run, 0. */
        static Report expired(String job, int count) {
            return new Report(job, count >= 0, Math.max(count, 0), null, null, null);
        }

        static Report handled(String job, int count) {
            return new Report(job, count >= 0, null, Math.max(count, 0), null, null);
        }
    }
}
