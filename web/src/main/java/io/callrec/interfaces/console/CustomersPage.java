package io.callrec.interfaces.console;

import io.callrec.application.administration.CustomerAdministration;
import io.callrec.domain.customer.Customer;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customers of the console's service configuration, {@code /console/customers.xhtml}. Roles:
 * <b>admin</b> only. Lists the customers {@link CustomerAdministration#customers} gives (the first
 * {@value #SHOWN}) with their class, output format and retention; each links to its page
 * ({@link CustomerPage}).
 */
@Named("customersPage")
@ViewScoped
public class CustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 1000;

    @Inject
    CustomerAdministration customers;

    @Inject
    CurrentCaller current;

    private List<Line> lines = List.of();

    /** One customer in the list (null: not set, the default applies). */
    public record Line(String id, String name, String customerClass, String outputFormat, Integer retentionDays)
            implements Serializable {
        static Line of(Customer c) {
            return new Line(c.getId(), c.getName(), c.getCustomerClass() == null ? null : c.getCustomerClass().getId(),
                    c.getOutputFormat() == null ? null : c.getOutputFormat().label(), c.getRetentionDays());
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getCustomerClass() {
            return customerClass;
        }

        public String getOutputFormat() {
            return outputFormat;
        }

        public Integer getRetentionDays() {
            return retentionDays;
        }
    }

    @PostConstruct
    void load() {
        lines = customers.customers(current.get(), SHOWN).stream().map(Line::of).toList();
    }

    public List<Line> getLines() {
        return lines;
    }
}
