package io.callrec.infrastructure.persistence;

import io.callrec.domain.delivery.RecordingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA access to each recording's e-mails, one row per recording and account. */
@ApplicationScoped
public class RecordingMails {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    /** Every account's mail of the recording, by account id. */
    public List<RecordingMail> of(long recordingId) {
        return em.createQuery("select m from RecordingMail m where m.key.recordingId = :r order by m.key.accountId",
                RecordingMail.class).setParameter("r", recordingId).getResultList();
    }

    /** One account's mail locked for a change; empty when the account has none on the recording. */
    public Optional<RecordingMail> lock(long recordingId, String accountId) {
        return Optional.ofNullable(em.find(RecordingMail.class, new RecordingMail.Key(recordingId, accountId),
                LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * One account's mail locked for a change, made (NONE) when it has none yet. Called where the recording's
     * row is locked (recording an outcome), so two transactions never make the same row.
     */
    public RecordingMail lockOrAdd(long recordingId, String accountId) {
        return lock(recordingId, accountId).orElseGet(() -> {
            RecordingMail mail = new RecordingMail(recordingId, accountId);
            em.persist(mail);
            return mail;
        });
    }
}
