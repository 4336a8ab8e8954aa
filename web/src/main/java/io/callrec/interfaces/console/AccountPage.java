package io.callrec.interfaces.console;

import io.callrec.application.administration.AccountAdministration;
import io.callrec.application.administration.AccountAdministration.AccountForm;
import io.callrec.application.administration.AccountAdministration.AccountView;
import io.callrec.application.administration.CustomerAdministration;
import io.callrec.application.administration.OfferAdministration;
import io.callrec.domain.account.Account;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.account.ServiceConfiguration;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One account in the console's service configuration, {@code /console/account.xhtml?id=ID}. Roles:
 * <b>admin</b> only. Its customer, phone number, e-mail, access role, product and every call-recording
 * option as inherit/on/off with the value in effect beside it; saved through
 * {@link AccountAdministration#save}, the service {@code PUT /api/v1/accounts/{id}} calls (what this page
 * does not edit — add-ons, dialing rule, custom codes — is sent back as it is). A refused field is
 * shown next to that field with the service's reason; the values in effect are the service's answer.
 */
@Named("accountPage")
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CHOICES = 1000;

    /** The form's fields by the service's field names, for messages next to them. */
    private static final Map<String, String> FIELDS = Map.of("customer", "account:customer", "phoneNumber",
            "account:phoneNumber", "email", "account:email", "accessRole", "account:accessRole", "product", "account:product");

    @Inject
    AccountAdministration accounts;

    @Inject
    CustomerAdministration customers;

    @Inject
    OfferAdministration offers;

    @Inject
    CurrentCaller current;

    private String id;
    private boolean found;
    private String customer;
    private String phoneNumber;
    private String email;
    private String accessRole;
    private String product;
    private List<String> addOns = List.of();
    private String dialingRule;
    private String customStart;
    private String customStop;
    private List<OptionsPage.OptionRow> options = List.of();
    private List<String> customerChoices = List.of();
    private List<String> roleChoices = List.of();
    private List<String> productChoices = List.of();

    /** The view action: the account, or a 404 page saying there is none. */
    public void load() {
        Caller caller = current.get();
        try {
            show(accounts.account(caller, id));
        } catch (RequestRefusedException e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        customerChoices = including(customer, customers.customers(caller, CHOICES).stream().map(c -> c.getId()));
        roleChoices = including(accessRole, offers.accessRoles(caller, CHOICES).stream().map(r -> r.getId()));
        productChoices = including(product,
                offers.products(caller, CHOICES).stream().filter(p -> !p.isAddOn()).map(Product::getId));
    }

    /** The choices offered, with the account's own value among them even beyond the first {@value #CHOICES}. */
    static List<String> including(String current, Stream<String> choices) {
        List<String> list = new ArrayList<>(choices.toList());
        if (current != null && !list.contains(current)) {
            list.add(0, current);
        }
        return list;
    }

    public void save() {
        Map<RecordingOption, OptionSetting> settings = new EnumMap<>(RecordingOption.class);
        options.forEach(o -> settings.put(o.option(), o.getSetting()));
        AccountForm form = new AccountForm(CallListing.blankToNull(phoneNumber), CallListing.blankToNull(email),
                customer, CallListing.blankToNull(accessRole), CallListing.blankToNull(product), addOns,
                dialingRule, customStart == null ? null : new DtmfCodes(customStart, customStop),
                ServiceConfiguration.of(settings));
        try {
            show(accounts.save(current.get(), id, form).entity());
            Texts.info(null, "account.saved", id);
        } catch (InvalidFieldException e) {
            Texts.errorText(FIELDS.get(e.field()), FIELDS.containsKey(e.field()) ? e.problem() : e.getMessage());
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    private void show(AccountView view) {
        Account a = view.account();
        found = true;
        customer = a.getCustomer().getId();
        phoneNumber = a.getPhoneNumber();
        email = a.getEmail();
        accessRole = a.getAccessRole() == null ? null : a.getAccessRole().getId();
        product = a.getProduct() == null ? null : a.getProduct().getId();
        addOns = a.getAddOns().stream().map(Product::getId).toList();
        dialingRule = a.getDialingRule() == null ? null : a.getDialingRule().getId();
        customStart = a.customCodes().map(DtmfCodes::start).orElse(null);
        customStop = a.customCodes().map(DtmfCodes::stop).orElse(null);
        List<OptionsPage.OptionRow> rows = new ArrayList<>();
        for (RecordingOption option : RecordingOption.values()) {
            rows.add(new OptionsPage.OptionRow(option, a.getConfiguration().get(option), view.effective().isOn(option), true));
        }
        options = rows;
    }

    public OptionSetting[] getSettings() {
        return OptionSetting.values();
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

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAccessRole() {
        return accessRole;
    }

    public void setAccessRole(String accessRole) {
        this.accessRole = accessRole;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    /** The add-ons, shown but not edited here. */
    public String getAddOnsText() {
        return String.join(", ", addOns);
    }

    public String getDialingRule() {
        return dialingRule;
    }

    public List<OptionsPage.OptionRow> getOptions() {
        return options;
    }

    public List<String> getCustomerChoices() {
        return customerChoices;
    }

    public List<String> getRoleChoices() {
        return roleChoices;
    }

    public List<String> getProductChoices() {
        return productChoices;
    }
}
