package io.callrec.application;

import io.callrec.domain.customer.Customer;
import io.callrec.domain.customer.CustomerClass;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Use case: the operator creates and changes customers and customer classes. */
@Stateless
public class CustomerAdministration {

    @Inject
    ServiceDirectory directory;

    public Saved<CustomerClass> saveClass(String id, String name, boolean newRecordingNotification) {
        return directory.find(CustomerClass.class, id).map(c -> {
            c.update(name, newRecordingNotification);
            return new Saved<>(c, false);
        }).orElseGet(() -> {
            CustomerClass c = new CustomerClass(id, name, newRecordingNotification);
            directory.add(c);
            return new Saved<>(c, true);
        });
    }

    public CustomerClass customerClass(String id) {
        return directory.find(CustomerClass.class, id).orElseThrow(() -> new NotFoundException("customer class", id));
    }

    public List<CustomerClass> classes(int limit) {
        return directory.list(CustomerClass.class, limit);
    }

    /**
     * Creates or replaces a customer's name, class, dialing rule and output format (null: the server's);
     * its retention setting is kept.
     */
    public Saved<Customer> saveCustomer(String id, String name, String classId, String dialingRuleId,
                                        AudioFormat outputFormat) {
        CustomerClass customerClass = References.optional(directory, CustomerClass.class, "customerClass",
                "customer class", classId);
        DialingRule rule = References.optional(directory, DialingRule.class, "dialingRule", "dialing rule", dialingRuleId);
        boolean created = directory.find(Customer.class, id).isEmpty();
        Customer customer = directory.find(Customer.class, id).orElseGet(() -> new Customer(id, name));
        customer.rename(name);
        customer.classify(customerClass);
        customer.useDialingRule(rule);
        customer.recordAs(outputFormat);
        if (created) {
            directory.add(customer);
        }
        return new Saved<>(customer, created);
    }

    public Customer customer(String id) {
        return directory.find(Customer.class, id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    public List<Customer> customers(int limit) {
        return directory.list(Customer.class, limit);
    }
}
