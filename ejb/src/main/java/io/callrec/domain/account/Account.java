package io.callrec.domain.account;

import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Grant;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingOption;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A subscriber account (the id the switch and billing use): its customer, its product and add-ons, its
 * own settings of the recording options, its dialing rule or custom codes, and its access role.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(length = 64)
    private String id;

    @Version
    private long version;

    @Column(length = 64)
    private String phoneNumber;

    @Column(length = 254)
    private String email;

    @ManyToOne(optional = false)
    private Customer customer;

    @ManyToOne
    private AccessRole accessRole;

    @ManyToOne
    private Product product;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "account_add_on")
    private List<Product> addOns = new ArrayList<>();

    @ManyToOne
    private DialingRule dialingRule;

    /** The end user's own codes (a custom rule), which win over every dialing rule; both or neither. */
    @Column(length = 8) private String customStartCode;
    @Column(length = 8) private String customStopCode;

    @Embedded
    private ServiceConfiguration configuration;

    /**
     * The effective "show the call recording to myself only", kept with the account so that recording
     * lists filter by it in the query. Recomputed by every change that can alter it: here when the
     * account's products or settings change, and by the offer's administration when a product it uses
     * changes (see {@link #refreshPrivacy()}). The column default lets a schema update add it to a
     * table that already holds accounts.
     */
    @Column(columnDefinition = "boolean default false not null")
    private boolean recordingsPrivate;

    protected Account() {
    }

    public Account(String id, Customer customer) {
        this.id = id;
        this.customer = customer;
        this.configuration = ServiceConfiguration.inheritAll();
    }

    public void contact(String newPhoneNumber, String newEmail) {
        this.phoneNumber = newPhoneNumber;
        this.email = newEmail;
    }

    public void belongTo(Customer newCustomer) { this.customer = newCustomer; }
    public void grant(AccessRole role) { this.accessRole = role; }

    public void subscribe(Product base, List<Product> newAddOns) {
        this.product = base;
        this.addOns.clear();
        this.addOns.addAll(newAddOns);
        refreshPrivacy();
    }

    public void useDialingRule(DialingRule rule) { this.dialingRule = rule; }

    public void useCustomCodes(DtmfCodes codes) {
        this.customStartCode = codes == null ? null : codes.start();
        this.customStopCode = codes == null ? null : codes.stop();
    }

    public void configure(ServiceConfiguration newConfiguration) {
        this.configuration = newConfiguration;
        refreshPrivacy();
    }

    /**
     * Recomputes {@link #isRecordingsPrivate()} from the products and settings as they are now; true
     * when it changed. Whoever changes a product this account uses calls it.
     */
    public boolean refreshPrivacy() {
        boolean now = EffectiveConfigurationPolicy.of(policyInputs()).isOn(RecordingOption.SHOW_TO_MYSELF_ONLY);
        boolean changed = now != recordingsPrivate;
        recordingsPrivate = now;
        return changed;
    }

    /** Whether the account's recordings are shown to its own end user only (the effective option). */
    public boolean isRecordingsPrivate() { return recordingsPrivate; }

    public String getId() { return id; }
    public String getPhoneNumber() { return phoneNumber; }
    public String getEmail() { return email; }
    public Customer getCustomer() { return customer; }
    public AccessRole getAccessRole() { return accessRole; }
    public Product getProduct() { return product; }
    public List<Product> getAddOns() { return List.copyOf(addOns); }
    public DialingRule getDialingRule() { return dialingRule; }

    /** What the end user of this account may see and change: its role's grants, or the defaults. */
    public Set<Grant> endUserGrants() {
        return accessRole == null ? AccessRole.END_USER_DEFAULTS : accessRole.getGrants();
    }

    public Optional<DtmfCodes> customCodes() {
        return customStartCode == null || customStopCode == null ? Optional.empty()
                : Optional.of(new DtmfCodes(customStartCode, customStopCode));
    }

    public ServiceConfiguration getConfiguration() {
        return configuration == null ? ServiceConfiguration.inheritAll() : configuration;
    }

    /** Everything the effective-configuration policy needs, detached from JPA. */
    public EffectiveConfigurationPolicy.Inputs policyInputs() {
        List<Product> products = new ArrayList<>();
        if (product != null) {
            products.add(product);
        }
        products.addAll(addOns);
        return new EffectiveConfigurationPolicy.Inputs(
                products.stream().flatMap(p -> p.recordingFeature().stream()).toList(),
                getConfiguration(),
                customCodes(),
                Optional.ofNullable(dialingRule).map(DialingRule::codes),
                Optional.ofNullable(customer.getDialingRule()).map(DialingRule::codes));
    }
}
