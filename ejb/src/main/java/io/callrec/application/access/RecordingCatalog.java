package io.callrec.application.access;

import io.callrec.application.Secured;
import io.callrec.domain.access.RecordingVisibility;
import io.callrec.domain.delivery.AccountMail;
import io.callrec.domain.export.ExportState;
import io.callrec.domain.export.RecordingExportStatus;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.ondemand.AnnouncementCue;
import io.callrec.domain.ondemand.AuditEntry;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.StoredSpan;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.persistence.VisibleTo;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: look recordings up, with the xDRs that link to them, as the caller may see them. One
 * rule decides ({@link RecordingVisibility}); lists apply its query form ({@link VisibleTo}) so paging
 * and totals count only what the caller sees. A recording the caller may not see is not found. Inside a
 * visible recording a non-admin sees only the xDRs (and their accounts' spans and audit) that are its own.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CUSTOMER, Role.Names.ACCOUNT})
public class RecordingCatalog {

    @Inject
    CommittedEvents committedEvents;

    @Inject
    Recordings recordings;

    @Inject
    VisibleRecordings visibleRecordings;

    /**
     * A recording with its xDRs, its accounts' spans and audit (as the caller may see them), read in one
     * transaction; for an admin also its export to the SFTP storage (null for anyone else). {@code mails}:
     * each account's e-mail of the recording, of the accounts whose xDRs the caller sees (every account
     * for an admin), by account id.
     */
    public record RecordingDetails(Recording recording, List<Xdr> xdrs, List<ControlDetails> controls,
                                   boolean privateToOwner, ExportSummary export, List<AccountMail> mails) {

        /**
         * The recording's mail in one line, as {@code mail} has always shown it: that of the first account
         * among the shown entitled xDRs which has one (see {@link AccountMail#headline}).
         */
        public AccountMail mail() {
            return AccountMail.headline(xdrs.stream().filter(Xdr::isEntitled).map(Xdr::getAccountId).distinct().toList(),
                    mails);
        }
    }

    /** A recording's export to the SFTP storage; {@code at} (when the state last changed) null for NONE never queued. */
    public record ExportSummary(ExportState state, int attempts, String lastError, String path, Instant at) {

        static ExportSummary of(RecordingExportStatus status) {
            return status == null ? new ExportSummary(ExportState.NONE, 0, null, null, null)
                    : new ExportSummary(status.getState(), status.getAttempts(), status.getLastError(), status.getPath(),
                    status.getUpdatedAt());
        }
    }

    public Optional<RecordingDetails> find(Caller caller, long id) {
        caller.require(Role.ADMIN, Role.CUSTOMER, Role.ACCOUNT);
        return visibleRecordings.find(caller, id);
    }

    /** One page of recordings the caller may see, newest first, optionally in one state, with the total that matched. */
    public Page list(Caller caller, RecordingState state, int limit) {
        caller.require(Role.ADMIN, Role.CUSTOMER, Role.ACCOUNT);
        VisibleTo visible = VisibleTo.of(caller);
        List<RecordingDetails> items = recordings.list(visible, state, limit).stream()
                .flatMap(r -> visibleRecordings.details(caller, r, false).stream()).toList();
        return new Page(recordings.count(visible, state), items);
    }

    /** Every recording of one call the caller may see: accounts that recorded different parts of it have one each. */
    public Page ofCall(Caller caller, String h323ConfId) {
        caller.require(Role.ADMIN, Role.CUSTOMER, Role.ACCOUNT);
        List<RecordingDetails> items = recordings.ofCall(VisibleTo.of(caller), h323ConfId).stream()
                .flatMap(r -> visibleRecordings.details(caller, r, false).stream()).toList();
        return new Page(items.size(), items);
    }

    public record Page(long total, List<RecordingDetails> items) {
    }

    /**
     * Outcome events after feed position {@code after} of recordings the caller may see, in feed order.
     * Every event committed by now is placed in the feed first, so a reader sees it on this request.
     */
    public List<RecordingEvent> events(Caller caller, long after, int limit) {
        caller.require(Role.ADMIN, Role.CUSTOMER, Role.ACCOUNT);
        committedEvents.place();
        return recordings.eventsAfter(VisibleTo.of(caller), after, limit);
    }

    /** True when the database answers; used by the (anonymous) health check. */
    @PermitAll
    public boolean databaseAnswers() {
        return recordings.answers();
    }

    /** A detached copy of one account's spans and audit trail on a recording. */
    public record ControlDetails(String accountId, boolean startedRecorded, boolean onDemandAllowed, String basis,
                                 int ignoredEvents, int ignoredNotAllowed, List<StoredSpan> spans, List<AuditEntry> audit,
                                 boolean mixAnnouncements, List<AnnouncementCue> announcementCues,
                                 List<String> ownershipNotes) {
        static ControlDetails of(RecordingControl c) {
            return new ControlDetails(c.getAccountId(), c.isStartedRecorded(), c.isOnDemandAllowed(), c.getBasis(),
                    c.getIgnoredEvents(),
                    c.getIgnoredNotAllowed(), c.storedSpans(), c.audit(), c.isMixAnnouncements(), c.announcementCues(),
                    c.ownershipNotes());
        }
    }
}
