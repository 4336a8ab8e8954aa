package io.callrec.infrastructure.persistence;

import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.xdr.Xdr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** JPA access to recordings and the xDRs that link to them. */
@ApplicationScoped
public class Recordings {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public void add(Recording recording, Xdr xdr) {
        em.persist(recording);
        em.persist(xdr);
    }

    public Optional<Recording> find(long id) {
        return Optional.ofNullable(em.find(Recording.class, id));
    }

    /** Loads a recording for a state change, locking its row so two converters cannot both win. */
    public Optional<Recording> lockForUpdate(long id) {
        return Optional.ofNullable(em.find(Recording.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Xdr> xdrsOf(Recording recording) {
        return em.createQuery("select x from Xdr x where x.recording = :r order by x.id", Xdr.class)
                .setParameter("r", recording)
                .getResultList();
    }

    /** Newest first, optionally only those in one state. */
    public List<Recording> list(RecordingState state, int limit) {
        String where = state == null ? "" : " where r.state = :state";
        TypedQuery<Recording> query = em.createQuery("select r from Recording r" + where + " order by r.id desc",
                Recording.class).setMaxResults(limit);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getResultList();
    }

    public long count(RecordingState state) {
        String where = state == null ? "" : " where r.state = :state";
        TypedQuery<Long> query = em.createQuery("select count(r) from Recording r" + where, Long.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getSingleResult();
    }

    /** A trivial round trip, for the health check. */
    public long count() {
        return em.createQuery("select count(r) from Recording r", Long.class).getSingleResult();
    }
}
