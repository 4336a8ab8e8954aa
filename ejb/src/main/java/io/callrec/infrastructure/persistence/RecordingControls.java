package io.callrec.infrastructure.persistence;

import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.recording.Recording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** JPA access to the spans and audit trail kept with each recording. */
@ApplicationScoped
public class RecordingControls {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public void add(RecordingControl control) {
        em.persist(control);
    }

    public Optional<RecordingControl> of(Recording recording) {
        return em.createQuery("select c from RecordingControl c where c.recording = :r", RecordingControl.class)
                .setParameter("r", recording).getResultStream().findFirst();
    }
}
