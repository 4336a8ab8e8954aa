package io.callrec.infrastructure.persistence;

import io.callrec.domain.customer.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA access to customers. */
@ApplicationScoped
public class Customers {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public Optional<Customer> find(String id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public void add(Customer customer) {
        em.persist(customer);
    }

    /** Customers with a retention of their own. */
    public List<Customer> withOwnRetention() {
        return em.createQuery("select c from Customer c where c.retentionDays is not null", Customer.class)
                .getResultList();
    }
}
