package io.callrec.application.access;

import io.callrec.application.access.RecordingCatalog.ControlDetails;
import io.callrec.application.access.RecordingCatalog.ExportSummary;
import io.callrec.application.access.RecordingCatalog.RecordingDetails;
import io.callrec.domain.access.RecordingAudience;
import io.callrec.domain.access.RecordingVisibility;
import io.callrec.domain.access.XdrOwner;
import io.callrec.domain.delivery.AccountMail;
import io.callrec.domain.delivery.RecordingMail;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.ExportRecords;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.RecordingMails;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A recording as one caller may see it, by {@link RecordingVisibility}: empty when the caller may not
 * see it; else with only the xDRs that are the caller's to see (all for an admin) and those accounts'
 * spans, audit and e-mails. Every reader of a single recording goes through here: the API (through
 * {@link RecordingCatalog}, or a signed link), and later e-mail, web events and export, which run
 * without a container identity and so call this bean rather than the secured catalog.
 */
@ApplicationScoped
public class VisibleRecordings {

    @Inject
    Recordings recordings;

    @Inject
    RecordingControls controls;

    @Inject
    ExportRecords exports;

    @Inject
    RecordingMails mails;

    /** Must run inside a transaction (the entities stay attached while the caller reads them). */
    public Optional<RecordingDetails> find(Caller caller, long id) {
        return recordings.find(id).flatMap(r -> details(caller, r, true));
    }

    /**
     * {@code withControls} for a single read (spans, audit, and whether an owner keeps it private); a
     * list item has neither, and an admin's needs no audience at all (it sees every xDR).
     */
    Optional<RecordingDetails> details(Caller caller, Recording r, boolean withControls) {
        if (caller.is(Role.ADMIN) && !withControls) {
            return Optional.of(new RecordingDetails(r, recordings.xdrsOf(r), List.of(), false, exportOf(caller, r),
                    mailsOf(r, account -> true)));
        }
        RecordingAudience audience = recordings.audienceOf(r);
        if (!RecordingVisibility.mayView(caller, audience)) {
            return Optional.empty();
        }
        List<XdrOwner> shown = audience.owners().stream().filter(o -> RecordingVisibility.mayViewXdr(caller, o)).toList();
        Set<Long> shownXdrs = shown.stream().map(XdrOwner::xdrId).collect(Collectors.toSet());
        Set<String> shownAccounts = shown.stream().map(XdrOwner::accountId).collect(Collectors.toSet());
        List<Xdr> xdrs = recordings.xdrsOf(r).stream().filter(x -> shownXdrs.contains(x.getId())).toList();
        List<ControlDetails> spans = !withControls ? List.of() : controls.all(r).stream()
                .filter(c -> caller.is(Role.ADMIN) || shownAccounts.contains(c.getAccountId()))
                .map(ControlDetails::of).toList();
        return Optional.of(new RecordingDetails(r, xdrs, spans, audience.hasPrivateOwner(), exportOf(caller, r),
                mailsOf(r, account -> caller.is(Role.ADMIN) || shownAccounts.contains(account))));
    }

    /**
     * Each account's e-mail of the recording, of the accounts {@code shown} admits: those whose xDRs the
     * caller sees (an account user its own, a customer user its customer's accounts that do not keep their
     * recordings to themselves), every one for an admin.
     */
    private List<AccountMail> mailsOf(Recording r, Predicate<String> shown) {
        return mails.of(r.getId()).stream().filter(m -> shown.test(m.getAccountId())).map(RecordingMail::summary).toList();
    }

    /** The export state is the operator's business: shown to an admin only. */
    private ExportSummary exportOf(Caller caller, Recording r) {
        return caller.is(Role.ADMIN) ? ExportSummary.of(exports.status(r.getId()).orElse(null)) : null;
    }
}
