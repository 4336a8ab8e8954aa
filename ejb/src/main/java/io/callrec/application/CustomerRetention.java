package io.callrec.application;

import io.callrec.domain.customer.Customer;
import io.callrec.domain.recording.RetentionPolicy;
import io.callrec.infrastructure.persistence.Customers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Use case: read or set how long a customer's recordings are kept (1 to 1095 days, default 59). */
@Stateless
public class CustomerRetention {

    @Inject
    Customers customers;

    /** The retention in force and whether it is the customer's own. */
    public record Retention(String customerId, int days, boolean customerSetting) {
    }

    public Retention of(String customerId) {
        Integer own = customers.find(customerId).map(Customer::getRetentionDays).orElse(null);
        return new Retention(customerId, RetentionPolicy.daysFor(own), own != null);
    }

    /**
     * Sets the customer's retention (null goes back to the default); a customer not known yet is
     * created, since recordings may arrive before the customer is described.
     */
    public Retention set(String customerId, Integer days) {
        if (days != null) {
            RetentionPolicy.validate(days);
        }
        Customer customer = customers.find(customerId).orElseGet(() -> {
            Customer created = new Customer(customerId, null);
            customers.add(created);
            return created;
        });
        customer.keepRecordingsFor(days);
        return of(customerId);
    }
}
