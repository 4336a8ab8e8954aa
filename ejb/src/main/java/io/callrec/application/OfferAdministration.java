package io.callrec.application;

import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Grant;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** Use case: the operator maintains what it offers: products and add-ons, dialing rules, access roles. */
@Stateless
public class OfferAdministration {

    @Inject
    ServiceDirectory directory;

    public Saved<Product> saveProduct(String id, String name, boolean addOn, RecordingFeature feature) {
        return directory.find(Product.class, id).map(p -> {
            p.update(name, addOn, feature);
            return new Saved<>(p, false);
        }).orElseGet(() -> {
            Product p = new Product(id, name, addOn, feature);
            directory.add(p);
            return new Saved<>(p, true);
        });
    }

    public Product product(String id) {
        return directory.find(Product.class, id).orElseThrow(() -> new NotFoundException("product", id));
    }

    public List<Product> products(int limit) {
        return directory.list(Product.class, limit);
    }

    public Saved<DialingRule> saveDialingRule(String id, String name, DtmfCodes codes) {
        return directory.find(DialingRule.class, id).map(r -> {
            r.update(name, codes);
            return new Saved<>(r, false);
        }).orElseGet(() -> {
            DialingRule r = new DialingRule(id, name, codes);
            directory.add(r);
            return new Saved<>(r, true);
        });
    }

    public DialingRule dialingRule(String id) {
        return directory.find(DialingRule.class, id).orElseThrow(() -> new NotFoundException("dialing rule", id));
    }

    public List<DialingRule> dialingRules(int limit) {
        return directory.list(DialingRule.class, limit);
    }

    public Saved<AccessRole> saveAccessRole(String id, String name, Set<Grant> grants) {
        return directory.find(AccessRole.class, id).map(r -> {
            r.update(name, grants);
            return new Saved<>(r, false);
        }).orElseGet(() -> {
            AccessRole r = new AccessRole(id, name, grants);
            directory.add(r);
            return new Saved<>(r, true);
        });
    }

    public AccessRole accessRole(String id) {
        return directory.find(AccessRole.class, id).orElseThrow(() -> new NotFoundException("access role", id));
    }

    public List<AccessRole> accessRoles(int limit) {
        return directory.list(AccessRole.class, limit);
    }
}
