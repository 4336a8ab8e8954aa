package io.callrec.application.delivery;

import io.callrec.application.Secured;
import io.callrec.application.audit.AuditTrail;
import io.callrec.application.webevents.AllowedHostsOption;
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

    /**
     * The global options: RecordsDelivery.Enabled and WebEvents.AllowedHosts (comma-separated; null in a
     * change keeps the stored list).
     */
    public record Options(boolean recordsDeliveryEnabled, String webEventsAllowedHosts) {
        JsonObject json() {
            return Json.createObjectBuilder().add(RecordsDeliveryOption.KEY, recordsDeliveryEnabled)
                    .add(AllowedHostsOption.KEY, webEventsAllowedHosts == null ? "" : webEventsAllowedHosts).build();
        }
    }

    @Inject
    RecordsDeliveryOption recordsDelivery;

    @Inject
    AllowedHostsOption allowedHosts;

    @Inject
    AuditTrail audit;

    public Options read(Caller caller) {
        caller.require(Role.ADMIN);
        return new Options(recordsDelivery.enabled(), allowedHosts.text());
    }

    public Options change(Caller caller, Options changed) {
        Options before = read(caller);
        recordsDelivery.set(changed.recordsDeliveryEnabled());
        if (changed.webEventsAllowedHosts() != null) {
            allowedHosts.set(changed.webEventsAllowedHosts());
        }
        Options after = new Options(changed.recordsDeliveryEnabled(), changed.webEventsAllowedHosts() == null
                ? before.webEventsAllowedHosts() : AllowedHostsOption.normalized(changed.webEventsAllowedHosts()));
        audit.changed(caller, "settings", "global", before.json(), after.json());
        return after;
    }
}
