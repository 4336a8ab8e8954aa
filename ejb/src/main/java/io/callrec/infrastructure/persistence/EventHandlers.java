package io.callrec.infrastructure.persistence;

import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.webevent.EventDelivery;
import io.callrec.domain.webevent.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** JPA access to web event handlers, their delivery attempts, and the outcome feed as they read it. */
@ApplicationScoped
public class EventHandlers {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public Optional<EventHandler> find(String id) {
        return Optional.ofNullable(em.find(EventHandler.class, id));
    }

    /** The handler under its row lock, so that one delivery step at a time changes its place in the feed. */
    public Optional<EventHandler> lock(String id) {
        return Optional.ofNullable(em.find(EventHandler.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(EventHandler handler) {
        em.persist(handler);
    }

    public void remove(EventHandler handler) {
        em.createQuery("delete from EventDelivery d where d.handlerId = :h").setParameter("h", handler.getId()).executeUpdate();
        em.remove(handler);
    }

    /** Handlers by id: all ({@code customerId} null) or one customer's. */
    public List<EventHandler> list(String customerId, int limit) {
        TypedQuery<EventHandler> q = em.createQuery("select h from EventHandler h"
                + (customerId == null ? "" : " where h.customerId = :c") + " order by h.id", EventHandler.class);
        if (customerId != null) {
            q.setParameter("c", customerId);
        }
        return q.setMaxResults(limit).getResultList();
    }

    /** Ids of the handlers whose next try is due. */
    public List<String> due(Instant now) {
        return em.createQuery("select h.id from EventHandler h where h.nextAttemptAt is null or h.nextAttemptAt <= :now"
                + " order by h.id", String.class).setParameter("now", now).getResultList();
    }

    /** The last feed position given so far (0 for an empty feed): where a new handler starts. */
    public long feedEnd() {
        Long last = em.createQuery("select max(e.feedPosition) from RecordingEvent e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** The placed events after {@code position}, in feed order. */
    public List<RecordingEvent> eventsAfter(long position, int limit) {
        return em.createQuery("select e from RecordingEvent e where e.feedPosition > :p order by e.feedPosition",
                RecordingEvent.class).setParameter("p", position).setMaxResults(limit).getResultList();
    }

    /**
     * How many placed events after {@code position} have one of the {@code outcomes} and a recording
     * {@code visible} may see: what a handler at that position, subscribing to those outcomes, has yet to get.
     */
    public long waiting(VisibleTo visible, long position, Set<RecordingState> outcomes) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        return visible.bind(em.createQuery("select count(e) from RecordingEvent e where e.feedPosition > :p"
                        + " and e.state in :outcomes and exists (select r.id from Recording r where r.id = e.recordingId and "
                        + visible.recording("r") + ")", Long.class))
                .setParameter("p", position).setParameter("outcomes", outcomes).getSingleResult();
    }

    public Optional<RecordingEvent> event(long position) {
        return em.createQuery("select e from RecordingEvent e where e.feedPosition = :p", RecordingEvent.class)
                .setParameter("p", position).getResultStream().findFirst();
    }

    public void record(EventDelivery attempt) {
        em.persist(attempt);
    }

    /** A handler's attempts, newest first, with id below {@code before} (null: from the newest). */
    public List<EventDelivery> deliveries(String handlerId, Long before, int limit) {
        TypedQuery<EventDelivery> q = em.createQuery("select d from EventDelivery d where d.handlerId = :h"
                + (before == null ? "" : " and d.id < :before") + " order by d.id desc", EventDelivery.class)
                .setParameter("h", handlerId);
        if (before != null) {
            q.setParameter("before", before);
        }
        return q.setMaxResults(limit).getResultList();
    }
}
