package io.callrec.infrastructure.persistence;

import io.callrec.domain.audit.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JPA access to the audit log: appending, and reading newest first. Nothing here updates or deletes. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public void append(AuditRecord record) {
        em.persist(record);
    }

    /** What an admin filters by; null fields do not filter. {@code beforeId} pages back from the last id seen. */
    public record Filter(Long recordingId, String actor, Instant from, Instant to, Long beforeId, int limit) {
    }

    /** The newest entry of one action on one subject (e.g. the last run of a maintenance job), if any. */
    public Optional<AuditRecord> latest(String action, String subjectType, String subjectId) {
        return em.createQuery("select a from AuditRecord a where a.action = :action and a.subjectType = :type"
                        + " and a.subjectId = :id order by a.id desc", AuditRecord.class)
                .setParameter("action", action).setParameter("type", subjectType).setParameter("id", subjectId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<AuditRecord> find(Filter f) {
        Conditions conditions = new Conditions()
                .ifGiven(f.recordingId(), "a.recordingId = :recording", "recording")
                .ifGiven(f.actor(), "a.actor = :actor", "actor")
                .ifGiven(f.from(), "a.at >= :from", "from")
                .ifGiven(f.to(), "a.at < :to", "to")
                .ifGiven(f.beforeId(), "a.id < :before", "before");
        return conditions.bind(em.createQuery("select a from AuditRecord a" + conditions.where() + " order by a.id desc",
                AuditRecord.class)).setMaxResults(f.limit()).getResultList();
    }
}
