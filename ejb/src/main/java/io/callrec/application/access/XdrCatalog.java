package io.callrec.application.access;

import io.callrec.application.Secured;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.VisibleTo;
import io.callrec.infrastructure.persistence.Xdrs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: the xDR panel — the caller's xDRs newest first with their entitlement and recording. An
 * account user gets its own; a customer user its customer's, except those of accounts that keep their
 * recordings to themselves; an admin every one. A row shows its recording when the row's own xDR
 * entitles the caller to it (for an admin: whenever it has one), which by the visibility rule is
 * exactly when the caller may see that recording.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CUSTOMER, Role.Names.ACCOUNT})
public class XdrCatalog {

    @Inject
    Xdrs xdrs;

    /** One xDR and whether its recording is shown to the caller. */
    public record Row(Xdr xdr, boolean recordingShown) {
    }

    public List<Row> list(Caller caller, Xdrs.Filter filter) {
        caller.require(Role.ADMIN, Role.CUSTOMER, Role.ACCOUNT);
        return xdrs.list(VisibleTo.of(caller), filter).stream()
                .map(x -> new Row(x, x.getRecording() != null && (caller.is(Role.ADMIN) || x.isEntitled())))
                .toList();
    }
}
