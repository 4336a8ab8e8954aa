package io.callrec.application.administration;

import io.callrec.application.Secured;
import io.callrec.application.ServiceJson;
import io.callrec.domain.refusal.NotFoundException;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customer.CustomerClass;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: the operator (admin) creates and changes customers and customer classes; a customer user
 * reads its own customer (another customer's is not found for it).
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class CustomerAdministration {

    @Inject
    ServiceDirectory directory;

    @Inject
    AuditedSaves saves;

    public Saved<CustomerClass> saveClass(Caller caller, String id, String name, boolean newRecordingNotification) {
        caller.require(Role.ADMIN);
        return saves.save(caller, CustomerClass.class, "customer-class", id, ServiceJson::customerClass,
                () -> new CustomerClass(id, name, newRecordingNotification), c -> c.update(name, newRecordingNotification));
    }

    public CustomerClass customerClass(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return directory.find(CustomerClass.class, id).orElseThrow(() -> new NotFoundException("customer class", id));
    }

    public List<CustomerClass> classes(Caller caller, int limit) {
        caller.require(Role.ADMIN);
        return directory.list(CustomerClass.class, limit);
    }

    /**
     * Creates or replaces a customer's name, class, dialing rule and output format (null: the server's);
     * its retention setting is kept.
     */
    public Saved<Customer> saveCustomer(Caller caller, String id, String name, String classId, String dialingRuleId,
                                        AudioFormat outputFormat) {
        caller.require(Role.ADMIN);
        CustomerClass customerClass = References.optional(directory, CustomerClass.class, "customerClass",
                "customer class", classId);
        DialingRule rule = References.optional(directory, DialingRule.class, "dialingRule", "dialing rule", dialingRuleId);
        return saves.save(caller, Customer.class, "customer", id, ServiceJson::customer, () -> {
            Customer c = new Customer(id, name);
            c.classify(customerClass);
            c.useDialingRule(rule);
            c.recordAs(outputFormat);
            return c;
        }, c -> {
            c.rename(name);
            c.classify(customerClass);
            c.useDialingRule(rule);
            c.recordAs(outputFormat);
        });
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CUSTOMER})
    public Customer customer(Caller caller, String id) {
        caller.require(Role.ADMIN, Role.CUSTOMER);
        if (caller.is(Role.CUSTOMER) && !caller.customerId().equals(id)) {
            throw new NotFoundException("customer", id);
        }
        return directory.find(Customer.class, id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    public List<Customer> customers(Caller caller, int limit) {
        caller.require(Role.ADMIN);
        return directory.list(Customer.class, limit);
    }
}
