package io.callrec.infrastructure.persistence;

import io.callrec.domain.export.ExportState;
import io.callrec.domain.export.RecordingExportStatus;
import io.callrec.domain.export.SftpStorageSettings;
import io.callrec.domain.recording.RecordingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JPA access to the SFTP storage settings and to each recording's export state. */
@ApplicationScoped
public class ExportRecords {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public Optional<SftpStorageSettings> settings() {
        return Optional.ofNullable(em.find(SftpStorageSettings.class, SftpStorageSettings.ID));
    }

    /** The settings row locked for a change (none yet: empty). */
    public Optional<SftpStorageSettings> lockSettings() {
        return Optional.ofNullable(em.find(SftpStorageSettings.class, SftpStorageSettings.ID, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public Optional<RecordingExportStatus> status(long recordingId) {
        return Optional.ofNullable(em.find(RecordingExportStatus.class, recordingId));
    }

    /** A recording's export row locked for a change, made (state NONE) when it has none. */
    public RecordingExportStatus lockStatus(long recordingId, Instant now) {
        RecordingExportStatus status = em.find(RecordingExportStatus.class, recordingId, LockModeType.PESSIMISTIC_WRITE);
        if (status == null) {
            status = new RecordingExportStatus(recordingId, now);
            em.persist(status);
        }
        return status;
    }

    /**
     * Recordings with audio (AVAILABLE or PARTIAL, not expired) of calls in {@code [from, to)}, of one
     * customer or all (null), that are neither exported nor queued: what a backfill queues.
     */
    public List<Long> idsToBackfill(Instant from, Instant to, String customerId, int limit) {
        TypedQuery<Long> query = em.createQuery("select r.id from Recording r where r.state in :withAudio"
                + " and r.expiredAt is null and r.recordedAt >= :from and r.recordedAt < :to"
                + (customerId == null ? "" : " and r.customerId = :customer")
                + " and not exists (select e from RecordingExportStatus e where e.recordingId = r.id and e.state in :done)"
                + " order by r.id", Long.class)
                .setParameter("withAudio", List.of(RecordingState.AVAILABLE, RecordingState.PARTIAL))
                .setParameter("from", from).setParameter("to", to)
                .setParameter("done", List.of(ExportState.PENDING, ExportState.EXPORTED))
                .setMaxResults(limit);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query.getResultList();
    }

    /** How many recordings are in each export state (recordings never queued are not counted). */
    public Map<ExportState, Long> countByState() {
        Map<ExportState, Long> counts = new EnumMap<>(ExportState.class);
        for (ExportState state : ExportState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select e.state, count(e) from RecordingExportStatus e group by e.state", Object[].class)
                .getResultList().forEach(row -> counts.put((ExportState) row[0], (Long) row[1]));
        return counts;
    }
}
