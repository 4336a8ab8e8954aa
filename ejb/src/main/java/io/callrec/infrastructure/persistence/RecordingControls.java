package io.callrec.infrastructure.persistence;

import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.StoredLeg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA access to the spans and audit trails kept with each recording, one per entitled account. */
@ApplicationScoped
public class RecordingControls {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public void add(RecordingControl control) {
        em.persist(control);
    }

    /** The posting account's (the first stored). */
    public Optional<RecordingControl> of(Recording recording) {
        return all(recording).stream().findFirst();
    }

    /** One per account entitled to the recording, the posting account's first. */
    public List<RecordingControl> all(Recording recording) {
        return em.createQuery("select c from RecordingControl c where c.recording = :r order by c.id",
                RecordingControl.class).setParameter("r", recording).getResultList();
    }

    /** The legs of a call with transfers or parking, kept for the transfer policy at conversion. */
    public void addLegs(Recording recording, List<CallLeg> legs) {
        legs.forEach(leg -> em.persist(new StoredLeg(recording, leg)));
    }

    public List<CallLeg> legsOf(Recording recording) {
        return em.createQuery("select l from StoredLeg l where l.recording = :r order by l.id", StoredLeg.class)
                .setParameter("r", recording).getResultStream().map(StoredLeg::toLeg).toList();
    }
}
