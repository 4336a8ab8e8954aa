package io.callrec.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row per periodic job, leased by the instance that runs it, so that when several instances are
 * deployed only one of them runs a job at a time (EJB timers fire on every instance).
 */
@Entity
@Table(name = "job_lease")
public class JobLease {

    @Id
    @Column(length = 64)
    private String job;

    @Column(length = 128)
    private String holder;

    private Instant until;

    protected JobLease() {
    }

    JobLease(String job) {
        this.job = job;
        this.until = Instant.EPOCH;
    }

    public String getJob() {
        return job;
    }

    /** The instance that took the lease last (it keeps the name after giving the lease back). */
    public String getHolder() {
        return holder;
    }

    /** Until when the holder runs the job; the epoch once given back. */
    public Instant getUntil() {
        return until;
    }
}
