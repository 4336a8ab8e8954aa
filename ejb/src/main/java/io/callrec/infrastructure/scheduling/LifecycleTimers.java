package io.callrec.infrastructure.scheduling;

import io.callrec.application.lifecycle.OrphanSweep;
import io.callrec.application.lifecycle.RecordingReconciliation;
import io.callrec.application.lifecycle.RetentionPurge;
import io.callrec.infrastructure.storage.LifecycleSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thin shell that schedules the life-cycle jobs (non-persistent timers: every instance schedules its
 * own, and the jobs' leases let one instance at a time do the work). Retention runs daily at 03:17,
 * the orphan sweep at 04:07, reconciliation every 5 minutes; {@code callrec.jobs.interval-seconds}
 * runs them all at a short interval instead (tests, demonstrations).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LifecycleTimers {

    private static final Logger LOG = Logger.getLogger(LifecycleTimers.class.getName());

    @Resource
    TimerService timers;

    @Inject
    LifecycleSettings settings;

    @Inject
    RetentionPurge retention;

    @Inject
    RecordingReconciliation reconciliation;

    @Inject
    OrphanSweep orphans;

    @PostConstruct
    void schedule() {
        settings.jobIntervalSeconds().ifPresentOrElse(seconds -> {
            for (Job job : Job.values()) {
                timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(job, false));
            }
        }, () -> {
            timers.createCalendarTimer(new ScheduleExpression().hour(3).minute(17), new TimerConfig(Job.RETENTION, false));
            timers.createCalendarTimer(new ScheduleExpression().hour(4).minute(7), new TimerConfig(Job.ORPHANS, false));
            timers.createCalendarTimer(new ScheduleExpression().hour("*").minute("*/5"),
                    new TimerConfig(Job.RECONCILIATION, false));
        });
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        Job job = (Job) timer.getInfo();
        try {
            switch (job) {
                case RETENTION -> retention.run();
                case RECONCILIATION -> reconciliation.run();
                case ORPHANS -> orphans.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, job + " job failed; it runs again at its next time", e);
        }
    }

    enum Job { RETENTION, RECONCILIATION, ORPHANS }
}
