package io.callrec.application.audit;

import io.callrec.domain.audit.AuditRecord;
import io.callrec.domain.identity.Caller;
import io.callrec.infrastructure.persistence.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Clock;

/**
 * Appends to the audit log. A change is written in the caller's transaction, so it is logged exactly
 * when it commits; an access (nothing else to commit) in a transaction of its own. Snapshots are the
 * entity's API JSON, which never holds a password or its hash.
 */
@Stateless
public class AuditTrail {

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    /** The audio of a recording was served, whole or a range, to a caller or through a signed link. */
    public void played(String login, long recordingId, String remoteAddress, String range, AuditRecord.Via via) {
        log.append(AuditRecord.access(clock.instant(), login, "play", recordingId, remoteAddress,
                range == null ? "full" : range, via));
    }

    /** An admin read a recording an owner keeps to itself ("show the call recording to myself only"). */
    public void readPrivate(Caller caller, long recordingId, String remoteAddress) {
        log.append(AuditRecord.access(clock.instant(), caller.login(), "read", recordingId, remoteAddress, null,
                AuditRecord.Via.CREDENTIALS));
    }

    /** An entity was created (no {@code before}), replaced, or deleted (no {@code after}). */
    public void changed(Caller caller, String subjectType, String subjectId, JsonValue before, JsonValue after) {
        String action = before == null ? "create" : after == null ? "delete" : "update";
        event(caller, action, subjectType, subjectId, before, after);
    }

    /** Any other change: a job run, a token issued or revoked, a password changed. */
    public void event(Caller caller, String action, String subjectType, String subjectId, JsonValue before, JsonValue after) {
        log.append(AuditRecord.change(clock.instant(), caller.login(), action, subjectType, subjectId,
                before == null ? null : before.toString(), after == null ? null : after.toString()));
    }
}
