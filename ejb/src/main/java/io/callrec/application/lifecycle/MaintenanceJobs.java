package io.callrec.application.lifecycle;

import io.callrec.application.Secured;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: an admin runs a life-cycle job now, as its timer would (the timers call the jobs
 * directly). Each run is written to the audit log with what it did.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaintenanceJobs {

    /** How each run is written to the audit log: action and subject type (the subject is the job). */
    static final String RUN = "run";
    static final String SUBJECT = "maintenance-job";

    @Inject
    RetentionPurge retention;

    @Inject
    RecordingReconciliation reconciliation;

    @Inject
    OrphanSweep orphans;

    @Inject
    AuditTrail audit;

    /** How many recordings expired, or -1 when another instance holds the job. */
    public int retentionPurge(Caller caller) {
        caller.require(Role.ADMIN);
        return logged(caller, RetentionPurge.JOB, retention.run());
    }

    /** How many stuck recordings were handled, or -1 when another instance holds the job. */
    public int reconciliation(Caller caller) {
        caller.require(Role.ADMIN);
        return logged(caller, RecordingReconciliation.JOB, reconciliation.run());
    }

    public OrphanSweep.Report orphanSweep(Caller caller) {
        caller.require(Role.ADMIN);
        OrphanSweep.Report report = orphans.run();
        log(caller, OrphanSweep.JOB, Json.createObjectBuilder().add("ran", report.ran())
                .add("deleted", report.deleted().size()).add("recordingsMissingAudio", report.recordingsMissingAudio().size())
                .build());
        return report;
    }

    private int logged(Caller caller, String job, int result) {
        log(caller, job, Json.createObjectBuilder().add("ran", result >= 0).add("count", Math.max(result, 0)).build());
        return result;
    }

    private void log(Caller caller, String job, JsonObject result) {
        audit.event(caller, RUN, SUBJECT, job, null, result);
    }
}
