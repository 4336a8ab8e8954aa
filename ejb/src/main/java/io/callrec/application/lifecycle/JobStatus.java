package io.callrec.application.lifecycle;

import io.callrec.application.Secured;
import io.callrec.domain.audit.AuditRecord;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.infrastructure.persistence.AuditLog;
import io.callrec.infrastructure.persistence.JobLease;
import io.callrec.infrastructure.persistence.JobLeases;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: an admin sees what is recorded of each periodic job. That is only what exists: the job's
 * lease row (which instance took it last, and whether it holds it now, i.e. the job is running) and the
 * last run an admin started ({@link MaintenanceJobs} writes each to the audit log with its result). The
 * timers' own runs leave no record beyond the lease, so their time and result are not known here.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class JobStatus {

    /** The jobs, in the order the pages show them. */
    public static final List<String> JOBS = List.of(RetentionPurge.JOB, RecordingReconciliation.JOB, OrphanSweep.JOB);

    @Inject
    JobLeases leases;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * One job: {@code lastHolder} null when no instance ever ran it; {@code runningUntil} set while an
     * instance holds its lease; the last run an admin started (who, when, its result as the audit log's
     * JSON), or nulls.
     */
    public record Job(String job, String lastHolder, Instant runningUntil, Instant lastManualRunAt,
                      String lastManualRunBy, String lastManualResult) {
    }

    public List<Job> jobs(Caller caller) {
        caller.require(Role.ADMIN);
        Instant now = clock.instant();
        return JOBS.stream().map(job -> {
            Optional<JobLease> lease = leases.find(job);
            Optional<AuditRecord> run = audit.latest(MaintenanceJobs.RUN, MaintenanceJobs.SUBJECT, job);
            return new Job(job, lease.map(JobLease::getHolder).orElse(null),
                    lease.map(JobLease::getUntil).filter(now::isBefore).orElse(null),
                    run.map(AuditRecord::getAt).orElse(null), run.map(AuditRecord::getActor).orElse(null),
                    run.map(AuditRecord::getAfterJson).orElse(null));
        }).toList();
    }
}
