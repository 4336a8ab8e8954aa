package io.callrec.application.lifecycle;

import io.callrec.application.Secured;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.RetentionPolicy;
import io.callrec.infrastructure.persistence.Customers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.ejb3.annotation.SecurityDomain;

/** Use case: an admin reads or sets how long a customer's recordings are kept (1 to 1095 days, default 59). */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class CustomerRetention {

    @Inject
    Customers customers;

    @Inject
    AuditTrail audit;

    /** The retention in force and whether it is the customer's own. */
    public record Retention(String customerId, int days, boolean customerSetting) {
        public JsonObject json() {
            return Json.createObjectBuilder().add("customerId", customerId).add("days", days)
                    .add("source", customerSetting ? "customer" : "default").build();
        }
    }

    public Retention of(Caller caller, String customerId) {
        caller.require(Role.ADMIN);
        return of(customerId);
    }

    private Retention of(String customerId) {
        Integer own = customers.find(customerId).map(Customer::getRetentionDays).orElse(null);
        return new Retention(customerId, RetentionPolicy.daysFor(own), own != null);
    }

    /**
     * Sets the customer's retention (null goes back to the default); a customer not known yet is
     * created, since recordings may arrive before the customer is described.
     */
    public Retention set(Caller caller, String customerId, Integer days) {
        caller.require(Role.ADMIN);
        if (days != null) {
            RetentionPolicy.validate(days);
        }
        Retention before = of(customerId);
        Customer customer = customers.find(customerId).orElseGet(() -> {
            Customer created = new Customer(customerId, null);
            customers.add(created);
            return created;
        });
        customer.keepRecordingsFor(days);
        Retention after = of(customerId);
        audit.changed(caller, "retention", customerId, before.json(), after.json());
        return after;
    }
}
