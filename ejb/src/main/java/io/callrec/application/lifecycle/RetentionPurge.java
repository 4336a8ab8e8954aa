package io.callrec.application.lifecycle;

import io.callrec.domain.customer.Customer;
import io.callrec.domain.recording.RetentionPolicy;
import io.callrec.infrastructure.persistence.Customers;
import io.callrec.infrastructure.persistence.JobLeases;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Use case: delete recordings whose retention has passed. Customers with a retention of their own go
 * first, then everyone else at the default. Work is done in small committed batches so conversions
 * are never blocked for long, and under a lease so only one instance purges at a time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionPurge {

    static final String JOB = "retention-purge";
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    @Inject
    Customers customers;

    @Inject
    RetentionBatch batch;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    /** Returns how many recordings expired, or -1 when another instance holds the job. */
    public int run() {
        Instant now = clock.instant();
        if (!Jobs.tryLease(leases, JOB, now, Duration.ofHours(1))) {
            return -1;
        }
        try {
            int expired = 0;
            for (Customer customer : customers.withOwnRetention()) {
                expired += purge(customer.getId(), RetentionPolicy.cutoff(now, customer.getRetentionDays()));
            }
            expired += purge(null, RetentionPolicy.cutoff(now, RetentionPolicy.DEFAULT_DAYS));
            int total = expired;
            LOG.info(() -> "retention purge: " + total + " recordings expired");
            return total;
        } finally {
            leases.release(JOB);
        }
    }

    private int purge(String customerId, Instant cutoff) {
        int total = 0;
        for (int n; (n = batch.expire(customerId, cutoff)) > 0; ) {
            total += n;
        }
        return total;
    }
}
