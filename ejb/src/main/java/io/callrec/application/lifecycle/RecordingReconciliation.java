package io.callrec.application.lifecycle;

import io.callrec.infrastructure.persistence.JobLeases;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.storage.LifecycleSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Use case: find recordings stuck in PENDING or CONVERTING (a lost message, a crashed instance) and
 * queue them again a bounded number of times, then mark them FAILED with the reason.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordingReconciliation {

    static final String JOB = "reconciliation";
    static final int BATCH = 500;

    @Inject
    Recordings recordings;

    @Inject
    StuckRecordings stuck;

    @Inject
    JobLeases leases;

    @Inject
    LifecycleSettings settings;

    @Inject
    Clock clock;

    /** Returns how many recordings were re-queued or failed, or -1 when another instance holds the job. */
    public int run() {
        Instant now = clock.instant();
        if (!Jobs.tryLease(leases, JOB, now, Duration.ofMinutes(10))) {
            return -1;
        }
        try {
            List<Long> ids = recordings.idsNotMovedSince(now.minus(settings.stuckPolicy().stuckAfter()), BATCH);
            int handled = 0;
            for (long id : ids) {
                handled += stuck.reconcile(id, settings.stuckPolicy(), now) ? 1 : 0;
            }
            return handled;
        } finally {
            leases.release(JOB);
        }
    }
}
