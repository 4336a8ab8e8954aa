package io.callrec.infrastructure.persistence;

import io.callrec.domain.recording.RecordingEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The sequencer of the outcome-event feed: gives every committed event that has no position yet the
 * next positions, in id order, in a transaction of its own. One sequencer runs at a time on all
 * instances (it holds the row lock of the {@link #LOCK} lease row until it commits), and each one
 * starts after the highest position committed before it took the lock, so positions are committed in
 * increasing order with no gaps: a reader that asks for what comes after the last position it handled
 * never steps over an event, whatever order the events' own transactions committed in.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EventFeed {

    /** The lease row whose lock serialises the sequencers; no instance ever holds it as a lease. */
    static final String LOCK = "event-feed";

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    /** The row to lock exists (created once; two instances creating it at once: one fails, harmlessly). */
    public void prepare() {
        if (em.find(JobLease.class, LOCK) == null) {
            em.persist(new JobLease(LOCK));
        }
    }

    /** Places the committed events that have no position; how many were placed, -1 before {@link #prepare()}. */
    public int sequence() {
        if (em.find(JobLease.class, LOCK, LockModeType.PESSIMISTIC_WRITE) == null) {
            return -1;
        }
        List<RecordingEvent> waiting = em.createQuery("select e from RecordingEvent e where e.feedPosition is null"
                + " order by e.id", RecordingEvent.class).getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        Long last = em.createQuery("select max(e.feedPosition) from RecordingEvent e", Long.class).getSingleResult();
        long next = last == null ? 1 : last + 1;
        for (RecordingEvent e : waiting) {
            e.placeAt(next++);
        }
        return waiting.size();
    }
}
