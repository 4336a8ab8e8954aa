package io.callrec.application.administration;

import io.callrec.application.Secured;
import io.callrec.application.ServiceJson;
import io.callrec.application.delivery.RecordsDeliveryOption;
import io.callrec.domain.delivery.DeliveryAccess;
import io.callrec.domain.refusal.PermissionDeniedException;
import io.callrec.domain.refusal.NotFoundException;
import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.account.Account;
import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.account.EffectiveConfigurationPolicy;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.account.ServiceConfiguration;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import io.callrec.application.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use cases on accounts: the operator (admin) creates and changes them (with their service
 * configuration); the end user, or the self-care user of its customer, changes what the account's
 * access role lets them change. Every answer carries the effective configuration, computed in the
 * same transaction. An account outside the caller's reach (another customer's, another account) is
 * not found for it.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CUSTOMER, Role.Names.ACCOUNT})
public class AccountAdministration {

    @Inject
    ServiceDirectory directory;

    @Inject
    AuditTrail audit;

    /** Everything the operator sets on an account; ids refer to existing entities. */
    public record AccountForm(String phoneNumber, String email, String customerId, String accessRoleId, String productId,
                              List<String> addOnIds, String dialingRuleId, DtmfCodes customCodes,
                              ServiceConfiguration configuration) {
    }

    @Inject
    RecordsDeliveryOption recordsDelivery;

    /**
     * An account with what applies to it and what its end user may do: its role's grants, without
     * changing "send the call recording via email" while delivery is not open to it ({@link DeliveryAccess}).
     */
    public record AccountView(Account account, EffectiveConfiguration effective, Set<Grant> endUserGrants) {
        static AccountView of(Account a, boolean deliveryEnabled) {
            return new AccountView(a, EffectiveConfigurationPolicy.of(a.policyInputs()), DeliveryAccess.endUserGrants(
                    a.endUserGrants(), DeliveryAccess.openTo(deliveryEnabled, a.getCustomer())));
        }
    }

    private AccountView view(Account a) {
        return AccountView.of(a, recordsDelivery.enabled());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Saved<AccountView> save(Caller caller, String id, AccountForm form) {
        caller.require(Role.ADMIN);
        Customer customer = References.required(directory, Customer.class, "customer", "customer", form.customerId());
        AccessRole role = References.optional(directory, AccessRole.class, "accessRole", "access role", form.accessRoleId());
        Product product = References.optional(directory, Product.class, "product", "product", form.productId());
        if (product != null && product.isAddOn()) {
            throw new InvalidFieldException("product", "names the add-on '" + product.getId() + "'; list it in 'addOns'");
        }
        List<Product> addOns = new ArrayList<>();
        for (String addOnId : form.addOnIds()) {
            Product addOn = References.required(directory, Product.class, "addOns", "product", addOnId);
            if (!addOn.isAddOn()) {
                throw new InvalidFieldException("addOns", "names '" + addOnId + "', which is a base product, not an add-on");
            }
            addOns.add(addOn);
        }
        DialingRule rule = References.optional(directory, DialingRule.class, "dialingRule", "dialing rule", form.dialingRuleId());
        Optional<Account> existing = directory.find(Account.class, id);
        JsonObject before = existing.map(a -> ServiceJson.account(view(a))).orElse(null);
        Account account = existing.orElseGet(() -> new Account(id, customer));
        account.belongTo(customer);
        account.contact(form.phoneNumber(), form.email());
        account.grant(role);
        account.subscribe(product, addOns);
        account.useDialingRule(rule);
        account.useCustomCodes(form.customCodes());
        account.configure(form.configuration());
        if (existing.isEmpty()) {
            directory.add(account);
        }
        AccountView view = view(account);
        audit.changed(caller, "account", id, before, ServiceJson.account(view));
        return new Saved<>(view, existing.isEmpty());
    }

    public AccountView account(Caller caller, String id) {
        return view(find(caller, id));
    }

    /** Every account for an admin; a customer user's own customer's; refused to other roles. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CUSTOMER})
    public List<AccountView> accounts(Caller caller, int limit) {
        caller.require(Role.ADMIN, Role.CUSTOMER);
        List<Account> accounts = caller.is(Role.ADMIN) ? directory.list(Account.class, limit)
                : directory.accountsOf(caller.customerId(), limit);
        boolean deliveryEnabled = recordsDelivery.enabled();
        return accounts.stream().map(a -> AccountView.of(a, deliveryEnabled)).toList();
    }

    /**
     * The end user changes some options and, when {@code codes} is present, its custom codes (an empty
     * inner value returns to the dialing rules). Every attribute touched must be modifiable by its role;
     * the self-care user of its customer may change the same, except "show to myself only".
     */
    public AccountView changeAsEndUser(Caller caller, String id, Map<RecordingOption, OptionSetting> changes,
                                       Optional<Optional<DtmfCodes>> codes) {
        Account account = find(caller, id);
        AccountView current = view(account);
        JsonObject before = ServiceJson.account(current);
        Set<Grant> grants = current.endUserGrants();
        if (changes.containsKey(RecordingOption.SHOW_TO_MYSELF_ONLY) && caller.is(Role.CUSTOMER)) {
            // The choice protects the end user from its colleagues and its customer's self-care user
            // alike: only the account itself (within its access role) or the provider may make it.
            throw new PermissionDeniedException("only account '" + id + "' itself may change 'showToMyselfOnly'");
        }
        for (RecordingOption option : changes.keySet()) {
            requireModify(id, grants, Attribute.of(option));
        }
        if (codes.isPresent()) {
            requireModify(id, grants, Attribute.DIALING_CODES);
            account.useCustomCodes(codes.get().orElse(null));
        }
        account.configure(account.getConfiguration().with(changes));
        AccountView view = view(account);
        audit.event(caller, "self-service", "account", id, before, ServiceJson.account(view));
        return view;
    }

    private static void requireModify(String id, Set<Grant> grants, Attribute attribute) {
        if (!AccessRole.mayModify(grants, attribute)) {
            throw new PermissionDeniedException("the access role of account '" + id + "' does not allow modifying '"
                    + attribute.jsonName() + "'");
        }
    }

    /** The account if it is within the caller's reach: any for an admin, its customer's, or its own. */
    private Account find(Caller caller, String id) {
        caller.require(Role.ADMIN, Role.CUSTOMER, Role.ACCOUNT);
        Account account = directory.find(Account.class, id).orElseThrow(() -> new NotFoundException("account", id));
        boolean reachable = switch (caller.role()) {
            case ADMIN -> true;
            case CUSTOMER -> account.getCustomer().getId().equals(caller.customerId());
            case ACCOUNT -> account.getId().equals(caller.accountId());
            case SWITCH -> false;
        };
        if (!reachable) {
            throw new NotFoundException("account", id);
        }
        return account;
    }
}
