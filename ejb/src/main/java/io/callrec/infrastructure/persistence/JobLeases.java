package io.callrec.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Takes and gives back job leases with one conditional UPDATE each, committed on its own: the database
 * decides which instance wins, whatever the clocks of the instances say about each other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    /** This instance: the WildFly node name when set, else the JVM's pid@host. */
    static final String ME = System.getProperty("jboss.node.name", ManagementFactory.getRuntimeMXBean().getName());

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    /** True when this instance now holds the lease of {@code job} until {@code now + duration}. */
    public boolean tryAcquire(String job, Instant now, Duration duration) {
        if (em.find(JobLease.class, job) == null) {
            em.persist(new JobLease(job));
            em.flush();
        }
        return em.createQuery("update JobLease l set l.holder = :me, l.until = :until"
                        + " where l.job = :job and (l.until < :now or l.holder = :me)")
                .setParameter("me", ME).setParameter("until", now.plus(duration))
                .setParameter("job", job).setParameter("now", now)
                .executeUpdate() == 1;
    }

    public void release(String job) {
        em.createQuery("update JobLease l set l.until = :epoch where l.job = :job and l.holder = :me")
                .setParameter("epoch", Instant.EPOCH).setParameter("job", job).setParameter("me", ME)
                .executeUpdate();
    }
}
