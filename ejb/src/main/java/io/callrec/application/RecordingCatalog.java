package io.callrec.application;

import io.callrec.domain.ondemand.AnnouncementCue;
import io.callrec.domain.ondemand.AuditEntry;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.StoredSpan;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Use case: look a recording up, with the xDRs that link to it. */
@Stateless
public class RecordingCatalog {

    @Inject
    Recordings recordings;

    @Inject
    RecordingControls controls;

    public Optional<RecordingDetails> find(long id) {
        return recordings.find(id).map(r -> new RecordingDetails(r, recordings.xdrsOf(r)));
    }

    /**
     * The recorded spans and audit trail kept with a recording, one per entitled account, the posting
     * account's first; empty when no account was entitled (or for recordings made before they were kept).
     */
    public List<ControlDetails> controls(long id) {
        return recordings.find(id).map(r -> controls.all(r).stream().map(ControlDetails::of).toList()).orElse(List.of());
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

    /** One page of recordings, newest first, optionally in one state, with the total that matched. */
    public Page list(RecordingState state, int limit) {
        List<RecordingDetails> items = recordings.list(state, limit).stream()
                .map(r -> new RecordingDetails(r, recordings.xdrsOf(r))).toList();
        return new Page(recordings.count(state), items);
    }

    /** Every recording of one call: accounts that recorded different parts of it have one each. */
    public Page ofCall(String h323ConfId) {
        List<RecordingDetails> items = recordings.ofCall(h323ConfId).stream()
                .map(r -> new RecordingDetails(r, recordings.xdrsOf(r))).toList();
        return new Page(items.size(), items);
    }

    public record Page(long total, List<RecordingDetails> items) {
    }

    /** A recording and its xDRs, read in one transaction. */
    public record RecordingDetails(Recording recording, List<Xdr> xdrs) {
    }

    /** Outcome events after {@code afterId}, oldest first (the outbox of FAILED/PARTIAL/... outcomes). */
    public List<RecordingEvent> events(long afterId, int limit) {
        return recordings.eventsAfter(afterId, limit);
    }

    /** True when the database answers; used by the health check. */
    public boolean databaseAnswers() {
        return recordings.count() >= 0;
    }
}
