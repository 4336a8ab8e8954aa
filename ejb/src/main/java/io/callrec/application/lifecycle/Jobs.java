package io.callrec.application.lifecycle;

import io.callrec.infrastructure.persistence.JobLeases;
import jakarta.ejb.EJBException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/** Shared start of the periodic jobs: take the job's lease, or step aside for the instance that has it. */
final class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    private Jobs() {
    }

    static boolean tryLease(JobLeases leases, String job, Instant now, Duration duration) {
        try {
            if (leases.tryAcquire(job, now, duration)) {
                return true;
            }
        } catch (EJBException e) {
            // Two instances created the lease row at once; the other one won this round.
            LOG.fine(() -> job + ": lease row race lost: " + e.getMessage());
        }
        LOG.fine(() -> job + " is running on another instance");
        return false;
    }
}
