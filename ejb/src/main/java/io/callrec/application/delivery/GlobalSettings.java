package io.callrec.application.delivery;

import io.callrec.application.Secured;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: the operator (admin only) reads and changes the server's global options; each change is
 * audited with the options before and after.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class GlobalSettings {

    /** The global options: today RecordsDelivery.Enabled. */
    public record Options(boolean recordsDeliveryEnabled) {
        JsonObject json() {
            return Json.createObjectBuilder().add(RecordsDeliveryOption.KEY, recordsDeliveryEnabled).build();
        }
    }

    @Inject
    RecordsDeliveryOption recordsDelivery;

    @Inject
    AuditTrail audit;

    public Options read(Caller caller) {
        caller.require(Role.ADMIN);
        return new Options(recordsDelivery.enabled());
    }

    public Options change(Caller caller, Options changed) {
        Options before = read(caller);
        recordsDelivery.set(changed.recordsDeliveryEnabled());
        audit.changed(caller, "settings", "global", before.json(), changed.json());
        return changed;
    }
}
