package io.callrec.application.audit;

import io.callrec.application.Secured;
import io.callrec.domain.audit.AuditRecord;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.infrastructure.persistence.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.ejb3.annotation.SecurityDomain;

/** Use case: an admin reads the audit log, newest first, filtered by recording, user and time. */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class AuditQuery {

    @Inject
    AuditLog log;

    public List<AuditRecord> find(Caller caller, AuditLog.Filter filter) {
        caller.require(Role.ADMIN);
        return log.find(filter);
    }
}
