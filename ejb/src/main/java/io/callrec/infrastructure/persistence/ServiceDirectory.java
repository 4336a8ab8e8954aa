package io.callrec.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * JPA access to the service model (customers, classes, products, dialing rules, access roles,
 * accounts): all are identified by the string id the operator's billing system gives them.
 */
@ApplicationScoped
public class ServiceDirectory {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public <T> Optional<T> find(Class<T> type, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Up to {@code limit} entities of a type, by id. */
    public <T> List<T> list(Class<T> type, int limit) {
        return em.createQuery("select e from " + type.getSimpleName() + " e order by e.id", type)
                .setMaxResults(limit).getResultList();
    }
}
