package io.callrec.interfaces.console;

import io.callrec.application.administration.CustomerAdministration;
import io.callrec.application.lifecycle.CustomerRetention;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One customer in the console's service configuration, {@code /console/customer.xhtml?id=ID}. Roles:
 * <b>admin</b> only. Name, customer class and output format, saved through
 * {@link CustomerAdministration#saveCustomer} (as {@code PUT /api/v1/customers/{id}}; its dialing rule is
 * sent back as it is); the retention through {@link CustomerRetention#set} (as
 * {@code PUT /api/v1/customers/{id}/retention}), after a confirmation since a shorter one deletes audio
 * at the next purge.
 */
@Named("customerPage")
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerAdministration customers;

    @Inject
    CustomerRetention retention;

    @Inject
    CurrentCaller current;

    private String id;
    private boolean found;
    private String name;
    private String customerClass;
    private String dialingRule;
    private String outputFormat;
    private Integer retentionDays;
    private int retentionInForce;
    private boolean retentionOwn;
    private List<String> classChoices = List.of();

    /** The view action: the customer, or a 404 page saying there is none. */
    public void load() {
        Caller caller = current.get();
        try {
            show(customers.customer(caller, id));
        } catch (RequestRefusedException e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        classChoices = AccountPage.including(customerClass,
                customers.classes(caller, CustomersPage.SHOWN).stream().map(c -> c.getId()));
    }

    public void save() {
        try {
            AudioFormat format = outputFormat == null ? null : AudioFormat.parse("outputFormat", outputFormat);
            show(customers.saveCustomer(current.get(), id, CallListing.blankToNull(name), customerClass, dialingRule,
                    format).entity());
            Texts.info(null, "customer.saved", id);
        } catch (InvalidFieldException e) {
            Texts.errorText("customer:" + e.field(), e.problem());
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    /** Sets the retention (empty: back to the default); the page asked for a confirmation first. */
    public void saveRetention() {
        retention.set(current.get(), id, retentionDays);
        show(customers.customer(current.get(), id));
        Texts.info(null, "customer.retentionSaved", id);
    }

    private void show(Customer c) {
        found = true;
        name = c.getName();
        customerClass = c.getCustomerClass() == null ? null : c.getCustomerClass().getId();
        dialingRule = c.getDialingRule() == null ? null : c.getDialingRule().getId();
        outputFormat = c.getOutputFormat() == null ? null : c.getOutputFormat().label();
        CustomerRetention.Retention r = retention.of(current.get(), c.getId());
        retentionDays = r.customerSetting() ? r.days() : null;
        retentionInForce = r.days();
        retentionOwn = r.customerSetting();
    }

    public List<String> getFormatChoices() {
        return Arrays.stream(AudioFormat.values()).map(AudioFormat::label).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCustomerClass() {
        return customerClass;
    }

    public void setCustomerClass(String customerClass) {
        this.customerClass = customerClass;
    }

    public String getDialingRule() {
        return dialingRule;
    }

    public String getOutputFormat() {
        return outputFormat;
    }

    public void setOutputFormat(String outputFormat) {
        this.outputFormat = outputFormat;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }

    public int getRetentionInForce() {
        return retentionInForce;
    }

    public boolean isRetentionOwn() {
        return retentionOwn;
    }

    public List<String> getClassChoices() {
        return classChoices;
    }
}
