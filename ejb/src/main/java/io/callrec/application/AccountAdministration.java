package io.callrec.application;

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
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases on accounts: the operator creates and changes them (with their service configuration);
 * the end user changes what its access role lets it change. Every answer carries the effective
 * configuration, computed in the same transaction.
 */
@Stateless
public class AccountAdministration {

    @Inject
    ServiceDirectory directory;

    /** Everything the operator sets on an account; ids refer to existing entities. */
    public record AccountForm(String phoneNumber, String email, String customerId, String accessRoleId, String productId,
                              List<String> addOnIds, String dialingRuleId, DtmfCodes customCodes,
                              ServiceConfiguration configuration) {
    }

    /** An account with what applies to it and what its end user may do. */
    public record AccountView(Account account, EffectiveConfiguration effective, Set<Grant> endUserGrants) {
        static AccountView of(Account a) {
            return new AccountView(a, EffectiveConfigurationPolicy.of(a.policyInputs()), a.endUserGrants());
        }
    }

    public Saved<AccountView> save(String id, AccountForm form) {
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
        return new Saved<>(AccountView.of(account), existing.isEmpty());
    }

    public AccountView account(String id) {
        return AccountView.of(find(id));
    }

    public List<AccountView> accounts(int limit) {
        return directory.list(Account.class, limit).stream().map(AccountView::of).toList();
    }

    /**
     * The end user changes some options and, when {@code codes} is present, its custom codes (an empty
     * inner value returns to the dialing rules). Every attribute touched must be modifiable by its role.
     */
    public AccountView changeAsEndUser(String id, Map<RecordingOption, OptionSetting> changes,
                                       Optional<Optional<DtmfCodes>> codes) {
        Account account = find(id);
        Set<Grant> grants = account.endUserGrants();
        for (RecordingOption option : changes.keySet()) {
            requireModify(id, grants, Attribute.of(option));
        }
        if (codes.isPresent()) {
            requireModify(id, grants, Attribute.DIALING_CODES);
            account.useCustomCodes(codes.get().orElse(null));
        }
        account.configure(account.getConfiguration().with(changes));
        return AccountView.of(account);
    }

    private static void requireModify(String id, Set<Grant> grants, Attribute attribute) {
        if (!AccessRole.mayModify(grants, attribute)) {
            throw new PermissionDeniedException("the access role of account '" + id + "' does not allow modifying '"
                    + attribute.jsonName() + "'");
        }
    }

    private Account find(String id) {
        return directory.find(Account.class, id).orElseThrow(() -> new NotFoundException("account", id));
    }
}
