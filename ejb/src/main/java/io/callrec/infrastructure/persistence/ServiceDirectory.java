package io.callrec.infrastructure.persistence;

import io.callrec.domain.account.Account;
import io.callrec.domain.product.Product;
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

    /** The accounts whose base product or one of whose add-ons is {@code product}. */
    public List<Account> accountsUsing(Product product) {
        return em.createQuery("select distinct a from Account a left join a.addOns o where a.product = :p or o = :p",
                Account.class).setParameter("p", product).getResultList();
    }

    /** Up to {@code limit} accounts of one customer, by id. */
    public List<Account> accountsOf(String customerId, int limit) {
        return em.createQuery("select a from Account a where a.customer.id = :c order by a.id", Account.class)
                .setParameter("c", customerId).setMaxResults(limit).getResultList();
    }
}
