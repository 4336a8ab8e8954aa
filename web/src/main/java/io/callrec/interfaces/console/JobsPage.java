package io.callrec.interfaces.console;

import io.callrec.application.lifecycle.JobStatus;
import io.callrec.application.lifecycle.MaintenanceJobs;
import io.callrec.application.lifecycle.OrphanSweep;
import io.callrec.domain.identity.Caller;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Jobs", {@code /console/jobs.xhtml}. Roles: <b>admin</b> only. Runs a life-cycle job now through
 * {@link MaintenanceJobs} (what {@code POST /api/v1/maintenance/{job}} calls, audited the same way) and
 * shows its report; lists each periodic job's lease and last admin-started run as {@link JobStatus} finds
 * them (the timers' runs leave no record of their own).
 */
@Named("jobsPage")
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaintenanceJobs maintenance;

    @Inject
    JobStatus status;

    @Inject
    CurrentCaller current;

    private List<JobRow> jobs = List.of();
    private final Map<String, List<String>> reports = new HashMap<>();

    @PostConstruct
    void load() {
        jobs = status.jobs(current.get()).stream().map(JobRow::of).toList();
    }

    /** Runs one job now (as its timer would) and keeps what it did beside it. */
    public void run(String job) {
        Caller caller = current.get();
        List<String> report = switch (job) {
            case "retention-purge" -> counted(maintenance.retentionPurge(caller), "jobs.report.expired");
            case "reconciliation" -> counted(maintenance.reconciliation(caller), "jobs.report.handled");
            case "orphan-sweep" -> swept(maintenance.orphanSweep(caller));
            default -> throw new IllegalArgumentException("no job " + job);
        };
        reports.put(job, report);
        Texts.info(null, "jobs.ran", Texts.text("job." + job));
        load();
    }

    /** A counting job's report: how many, or that another instance holds it (-1). */
    static List<String> counted(int count, String key) {
        return List.of(count < 0 ? Texts.text("jobs.report.notRun") : Texts.text(key, count));
    }

    static List<String> swept(OrphanSweep.Report report) {
        if (!report.ran()) {
            return List.of(Texts.text("jobs.report.notRun"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(Texts.text("jobs.report.deleted", report.deleted().size()));
        report.deleted().stream().map(Path::toString).forEach(lines::add);
        lines.add(Texts.text("jobs.report.missing", report.recordingsMissingAudio().size(),
                report.recordingsMissingAudio().toString()));
        return lines;
    }

    public List<JobRow> getJobs() {
        return jobs;
    }

    /** The report of each job run on this page, by job. */
    public Map<String, List<String>> getReports() {
        return reports;
    }

    /** One job as the page shows it (times as UTC text, empty when unknown). */
    public record JobRow(String job, String lastHolder, String runningUntil, String lastManualRunAt,
                         String lastManualRunBy, String lastManualResult) implements Serializable {

        static JobRow of(JobStatus.Job j) {
            return new JobRow(j.job(), j.lastHolder(), TimeTexts.utc(j.runningUntil()), TimeTexts.utc(j.lastManualRunAt()),
                    j.lastManualRunBy(), j.lastManualResult());
        }

        public String getJob() {
            return job;
        }

        public String getLastHolder() {
            return lastHolder;
        }

        public String getRunningUntil() {
            return runningUntil;
        }

        public String getLastManualRunAt() {
            return lastManualRunAt;
        }

        public String getLastManualRunBy() {
            return lastManualRunBy;
        }

        public String getLastManualResult() {
            return lastManualResult;
        }
    }
}
