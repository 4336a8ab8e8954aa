package io.callrec.application.administration;

import io.callrec.application.Secured;
import io.callrec.application.ServiceJson;
import io.callrec.domain.refusal.NotFoundException;
import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Grant;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: the operator (admin only) maintains what it offers: products and add-ons, dialing rules,
 * access roles. A product change recomputes the "show to myself only" of every account using it, in
 * the same transaction, so recording lists never filter by a stale value.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class OfferAdministration {

    @Inject
    ServiceDirectory directory;

    @Inject
    AuditedSaves saves;

    public Saved<Product> saveProduct(Caller caller, String id, String name, boolean addOn, RecordingFeature feature) {
        caller.require(Role.ADMIN);
        Saved<Product> saved = saves.save(caller, Product.class, "product", id, ServiceJson::product,
                () -> new Product(id, name, addOn, feature), p -> p.update(name, addOn, feature));
        directory.accountsUsing(saved.entity()).forEach(a -> a.refreshPrivacy());
        return saved;
    }

    public Product product(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return directory.find(Product.class, id).orElseThrow(() -> new NotFoundException("product", id));
    }

    public List<Product> products(Caller caller, int limit) {
        caller.require(Role.ADMIN);
        return directory.list(Product.class, limit);
    }

    public Saved<DialingRule> saveDialingRule(Caller caller, String id, String name, DtmfCodes codes) {
        caller.require(Role.ADMIN);
        return saves.save(caller, DialingRule.class, "dialing-rule", id, ServiceJson::dialingRule,
                () -> new DialingRule(id, name, codes), r -> r.update(name, codes));
    }

    public DialingRule dialingRule(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return directory.find(DialingRule.class, id).orElseThrow(() -> new NotFoundException("dialing rule", id));
    }

    public List<DialingRule> dialingRules(Caller caller, int limit) {
        caller.require(Role.ADMIN);
        return directory.list(DialingRule.class, limit);
    }

    public Saved<AccessRole> saveAccessRole(Caller caller, String id, String name, Set<Grant> grants) {
        caller.require(Role.ADMIN);
        return saves.save(caller, AccessRole.class, "access-role", id, ServiceJson::accessRole,
                () -> new AccessRole(id, name, grants), r -> r.update(name, grants));
    }

    public AccessRole accessRole(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return directory.find(AccessRole.class, id).orElseThrow(() -> new NotFoundException("access role", id));
    }

    public List<AccessRole> accessRoles(Caller caller, int limit) {
        caller.require(Role.ADMIN);
        return directory.list(AccessRole.class, limit);
    }
}
