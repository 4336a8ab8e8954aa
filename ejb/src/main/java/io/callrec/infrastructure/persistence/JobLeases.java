package io.callrec.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes and gives back job leases with one conditional UPDATE each, committed on its own: the database
 * decides which instance wins (the row lock orders concurrent takers; the loser's condition no longer
 * holds). A lease runs until the time its holder set; an instance that dies holding one keeps it only
 * until then, after which any instance takes it. The instances' clocks need only agree to well within
 * the lease durations (minutes to an hour), as NTP keeps them. An instance restarted under the same
 * {@code jboss.node.name} takes its own lease back at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    /** This instance: the WildFly node name when set, else the JVM's pid@host. */
    static final String ME = System.getProperty("jboss.node.name", ManagementFactory.getRuntimeMXBean().getName());

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    /** Who takes leases here ({@link #ME}; tests play several instances). */
    String holder = ME;

    /** True when this instance now holds the lease of {@code job} until {@code now + duration}. */
    public boolean tryAcquire(String job, Instant now, Duration duration) {
        if (em.find(JobLease.class, job) == null) {
            em.persist(new JobLease(job));
            em.flush();
        }
        return em.createQuery("update JobLease l set l.holder = :me, l.until = :until"
                        + " where l.job = :job and (l.until < :now or l.holder = :me)")
                .setParameter("me", holder).setParameter("until", now.plus(duration))
                .setParameter("job", job).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** The job's lease row, absent until some instance first ran the job. */
    public Optional<JobLease> find(String job) {
        return Optional.ofNullable(em.find(JobLease.class, job));
    }

    public void release(String job) {
        em.createQuery("update JobLease l set l.until = :epoch where l.job = :job and l.holder = :me")
                .setParameter("epoch", Instant.EPOCH).setParameter("job", job).setParameter("me", holder)
                .executeUpdate();
    }
}
