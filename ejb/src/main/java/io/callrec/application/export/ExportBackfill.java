package io.callrec.application.export;

import io.callrec.application.Secured;
import io.callrec.domain.export.ExportState;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.refusal.ConflictException;
import io.callrec.infrastructure.persistence.ExportRecords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: an admin exports recordings made before export was switched on (or whose export failed for
 * good): every recording with audio of calls in a time range, of one customer or all, that is neither
 * exported nor queued is queued, in one transaction. Progress shows in the export states.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class ExportBackfill {

    /** At most this many recordings per request; ask again for the rest. */
    public static final int LIMIT = 10_000;

    @Inject
    ExportRecords records;

    @Inject
    ExportQueue queue;

    /** How many recordings were queued; refused (409) while export is off. */
    public int backfill(Caller caller, Instant from, Instant to, String customerId) {
        caller.require(Role.ADMIN);
        if (!queue.enabled()) {
            throw new ConflictException("SFTP export is disabled: enable it (PUT /api/v1/settings/sftp-storage) first");
        }
        List<Long> ids = records.idsToBackfill(from, to, customerId, LIMIT);
        ids.forEach(queue::queue);
        return ids.size();
    }

    public Map<ExportState, Long> progress(Caller caller) {
        caller.require(Role.ADMIN);
        return records.countByState();
    }
}
