package io.callrec.infrastructure.persistence;

import io.callrec.domain.access.RecordingAudience;
import io.callrec.domain.access.XdrOwner;
import io.callrec.domain.export.ExportState;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.xdr.Xdr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** JPA access to recordings and the xDRs that link to them. */
@ApplicationScoped
public class Recordings {

    private static final List<RecordingState> FINAL_STATES = List.of(RecordingState.AVAILABLE,
            RecordingState.PARTIAL, RecordingState.FAILED, RecordingState.SUPPRESSED);
    private static final List<RecordingState> NEEDING_ATTENTION = List.of(RecordingState.FAILED, RecordingState.PARTIAL);
    private static final List<RecordingState> NEEDING_ATTENTION_OR_AVAILABLE = List.of(RecordingState.AVAILABLE,
            RecordingState.PARTIAL, RecordingState.FAILED);

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public void add(Recording recording) {
        em.persist(recording);
    }

    public void add(Xdr xdr) {
        em.persist(xdr);
    }

    public Optional<Recording> find(long id) {
        return Optional.ofNullable(em.find(Recording.class, id));
    }

    /** Loads a recording for a state change, locking its row so two converters cannot both win. */
    public Optional<Recording> lockForUpdate(long id) {
        return Optional.ofNullable(em.find(Recording.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Locks a recording's row and reads it again under the lock. A conversion's transaction loaded the
     * recording when it began; another delivery of the same request may have changed it since (begun an
     * attempt, or finished it), and a stale copy would either miss that or fail on its version.
     */
    public Optional<Recording> lockFresh(long id) {
        Recording recording = em.find(Recording.class, id);
        if (recording == null) {
            return Optional.empty();
        }
        em.refresh(recording, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(recording);
    }

    public List<Xdr> xdrsOf(Recording recording) {
        return em.createQuery("select x from Xdr x where x.recording = :r order by x.id", Xdr.class)
                .setParameter("r", recording)
                .getResultList();
    }

    /**
     * Every xDR of the call {@code recording} belongs to, whichever of the call's recordings (the first and
     * those split off it, which share its capture) it links to. The call's recordings are found first (by
     * id and by splitFrom, each an index), then their xDRs (by recording_id): a condition spanning both
     * tables, {@code x.recording.id = :first or x.recording.splitFrom = :first}, can use neither index and
     * reads both tables whole.
     */
    public List<Xdr> xdrsOfCall(Recording recording) {
        return em.createQuery("select x from Xdr x where x.recording.id in (select r.id from Recording r"
                        + " where r.id = :first or r.splitFrom = :first) order by x.id", Xdr.class)
                .setParameter("first", recording.firstOfCall()).getResultList();
    }

    /** The recordings of one call (every account's xDR of it carries the h323-conf-id) the caller may see, oldest first. */
    public List<Recording> ofCall(VisibleTo visible, String h323ConfId) {
        return visible.bind(em.createQuery("select r from Recording r where " + visible.recording("r")
                        + " and exists (select c.id from Xdr c where c.recording = r and c.h323ConfId = :c) order by r.id",
                Recording.class)).setParameter("c", h323ConfId).getResultList();
    }

    /** Newest first, optionally only those in one state; only those the caller may see. */
    public List<Recording> list(VisibleTo visible, RecordingState state, int limit) {
        TypedQuery<Recording> query = visible.bind(em.createQuery("select r from Recording r where " + visible.recording("r")
                + (state == null ? "" : " and r.state = :state") + " order by r.id desc", Recording.class)).setMaxResults(limit);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getResultList();
    }

    public long count(VisibleTo visible, RecordingState state) {
        TypedQuery<Long> query = visible.bind(em.createQuery("select count(r) from Recording r where " + visible.recording("r")
                + (state == null ? "" : " and r.state = :state"), Long.class));
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getSingleResult();
    }

    /** FAILED and PARTIAL recordings, newest first, with ids below {@code beforeId} (null: from the newest). */
    public List<Recording> needingAttention(Long beforeId, int limit) {
        TypedQuery<Recording> query = em.createQuery("select r from Recording r where r.state in :states"
                + (beforeId == null ? "" : " and r.id < :before") + " order by r.id desc", Recording.class)
                .setParameter("states", NEEDING_ATTENTION).setMaxResults(limit);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }

    public long countNeedingAttention() {
        return em.createQuery("select count(r) from Recording r where r.state in :states", Long.class)
                .setParameter("states", NEEDING_ATTENTION).getSingleResult();
    }

    /** How many recordings were created since {@code since}, per state (states without any left out). */
    public Map<RecordingState, Long> countByStateSince(Instant since) {
        Map<RecordingState, Long> counts = new EnumMap<>(RecordingState.class);
        em.createQuery("select r.state, count(r) from Recording r where r.createdAt >= :since group by r.state",
                Object[].class).setParameter("since", since).getResultList()
                .forEach(row -> counts.put((RecordingState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The conversion queue now: recordings PENDING or CONVERTING, and when the oldest of them was created. */
    public Queue queue() {
        Object[] row = em.createQuery("select count(r), min(r.createdAt) from Recording r where r.state in :states",
                Object[].class).setParameter("states", List.of(RecordingState.PENDING, RecordingState.CONVERTING))
                .getSingleResult();
        return new Queue(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    public record Queue(long waiting, Instant oldestCreatedAt) {
    }

    /** Recordings that ended FAILED or PARTIAL since {@code since}, counted per state and reason code. */
    public List<ReasonCount> outcomesNeedingAttentionSince(Instant since) {
        return em.createQuery("select r.state, r.reasonCode, count(r) from Recording r where r.state in :states"
                        + " and r.completedAt >= :since group by r.state, r.reasonCode order by count(r) desc",
                Object[].class).setParameter("states", NEEDING_ATTENTION).setParameter("since", since)
                .getResultList().stream().map(row -> new ReasonCount((RecordingState) row[0],
                        row[1] == null ? null : ((Enum<?>) row[1]).name(), ((Number) row[2]).longValue())).toList();
    }

    public record ReasonCount(RecordingState state, String reasonCode, long count) {
    }

    /** Each conversion finished since {@code since}, with its outcome (for counting per hour). */
    public List<Finished> finishedSince(Instant since) {
        return em.createQuery("select r.completedAt, r.createdAt, r.state from Recording r where r.completedAt >= :since"
                        + " and r.state in :states", Object[].class)
                .setParameter("since", since).setParameter("states", NEEDING_ATTENTION_OR_AVAILABLE).getResultList()
                .stream().map(row -> new Finished((Instant) row[0], (Instant) row[1], (RecordingState) row[2])).toList();
    }

    /** A finished conversion: when it ended, when its recording was created (the call arrived), its outcome. */
    public record Finished(Instant at, Instant createdAt, RecordingState state) {
    }

    /** Who each xDR of the recording belongs to, as {@link io.callrec.domain.access.RecordingVisibility} needs it. */
    public RecordingAudience audienceOf(Recording recording) {
        return new RecordingAudience(em.createQuery("select x.id, x.accountId, " + VisibleTo.XDR_CUSTOMER
                        + ", x.entitled, coalesce(xa.recordingsPrivate, false) from Xdr x" + VisibleTo.XDR_JOINS
                        + " where x.recording = :r order by x.id", Object[].class)
                .setParameter("r", recording).getResultStream()
                .map(row -> new XdrOwner((Long) row[0], (String) row[1], (String) row[2], (Boolean) row[3], (Boolean) row[4]))
                .toList());
    }

    public void record(RecordingEvent event) {
        em.persist(event);
    }

    /**
     * Outcome events after feed position {@code after} of recordings the caller may see, in feed order:
     * the outbox read by notification features (events not yet placed by {@link EventFeed} wait).
     */
    public List<RecordingEvent> eventsAfter(VisibleTo visible, long after, int limit) {
        return visible.bind(em.createQuery("select e from RecordingEvent e where e.feedPosition > :after and exists"
                        + " (select r.id from Recording r where r.id = e.recordingId and " + visible.recording("r") + ")"
                        + " order by e.feedPosition", RecordingEvent.class))
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** Ids of recordings in PENDING/CONVERTING that have not changed since {@code changedBefore}. */
    public List<Long> idsNotMovedSince(Instant changedBefore, int limit) {
        return em.createQuery("select r.id from Recording r where r.state in :states and r.updatedAt < :before"
                        + " order by r.id", Long.class)
                .setParameter("states", List.of(RecordingState.PENDING, RecordingState.CONVERTING))
                .setParameter("before", changedBefore).setMaxResults(limit).getResultList();
    }

    /**
     * Ids of final, not yet expired recordings of calls made before {@code cutoff}: of one customer,
     * or (customerId null) of every customer without a retention of their own. A recording whose export
     * to the SFTP storage is still PENDING is kept until the export finished or failed for good.
     */
    public List<Long> idsToExpire(String customerId, Instant cutoff, int limit) {
        String owner = customerId != null ? " and r.customerId = :customer"
                : " and r.customerId not in (select c.id from Customer c where c.retentionDays is not null)";
        TypedQuery<Long> query = em.createQuery("select r.id from Recording r where r.expiredAt is null"
                + " and r.state in :finals and r.recordedAt < :cutoff" + owner
                + " and not exists (select e from RecordingExportStatus e where e.recordingId = r.id and e.state = :exporting)"
                + " order by r.id", Long.class)
                .setParameter("finals", FINAL_STATES).setParameter("cutoff", cutoff)
                .setParameter("exporting", ExportState.PENDING).setMaxResults(limit);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query.getResultList();
    }

    /** Recordings whose audio should be on disk, by path, for the orphan sweep. */
    public Map<String, Long> audioPaths() {
        Map<String, Long> paths = new HashMap<>();
        em.createQuery("select r.audioPath, r.id from Recording r where r.audioPath is not null", Object[].class)
                .getResultList().forEach(row -> paths.put((String) row[0], (Long) row[1]));
        return paths;
    }

    /**
     * Whether a recording other than {@code recording} still needs its capture at {@code path}: calls whose accounts
     * recorded different parts get a recording each from one capture. The call's first recording is
     * locked first, so two of them finishing at once decide one after the other (the second sees the
     * first's release) and neither waits for a lock the other holds while waiting.
     */
    public boolean captureNeededElsewhere(Recording recording, String path) {
        if (recording.firstOfCall() != recording.getId()) {
            lockForUpdate(recording.firstOfCall());
        }
        return em.createQuery("select count(r) from Recording r where r.capturePath = :p and r.id <> :id", Long.class)
                .setParameter("p", path).setParameter("id", recording.getId()).getSingleResult() > 0;
    }

    /** Captures the recordings still hold, for the orphan sweep. */
    public Set<String> capturePaths() {
        return new HashSet<>(em.createQuery("select r.capturePath from Recording r where r.capturePath is not null",
                String.class).getResultList());
    }

    /** Per customer: recordings with audio on disk, and their bytes. */
    public List<StorageUse> storageUse(String customerId) {
        String where = customerId == null ? "" : " and r.customerId = :customer";
        TypedQuery<Object[]> query = em.createQuery("select r.customerId, count(r), coalesce(sum(r.sizeBytes), 0)"
                + " from Recording r where r.audioPath is not null" + where
                + " group by r.customerId order by r.customerId", Object[].class);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query.getResultList().stream()
                .map(row -> new StorageUse((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    public record StorageUse(String customerId, long recordings, long bytes) {
    }

    /** A trivial round trip, for the health check. */
    /** True when the database answers a trivial query: the health check, cheap on any number of rows. */
    public boolean answers() {
        return ((Number) em.createNativeQuery("select 1").getSingleResult()).intValue() == 1;
    }
}
