package io.callrec.infrastructure.persistence;

import io.callrec.domain.audit.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

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
