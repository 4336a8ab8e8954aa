package io.callrec.domain.ondemand;

import io.callrec.domain.recording.Recording;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The on-demand record of one account on one recording: the spans of the call that account's
 * recording covers and the audit trail of every control event (time, trigger, accepted or ignored and
 * why). A recording made for several accounts of a call (they recorded the same audio) has one per
 * account. Kept beside the recording rather than in it, so the recording's life cycle
 * stays in one place.
 */
@Entity
@Table(name = "recording_control")
public class RecordingControl {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recording_id")
    private Recording recording;

    /** Optimistic lock: of two conversions replaying this control at once, only the first commits. */
    @Version
    @Column(columnDefinition = "bigint default 0 not null")
    private long version;

    /** The account whose recording policy and events these are. */
    @Column(length = 64)
    private String accountId;

    private boolean startedRecorded;
    private boolean onDemandAllowed;
    private int ignoredEvents;
    private int ignoredNotAllowed;

    /** Whether the media engine is to mix the announcements in at the cues (see {@link AnnouncementCue}). */
    private boolean mixAnnouncements;

    /**
     * How far the switch's events in {@link #audit} were moved onto the capture's clock by the last
     * conversion (0: as the switch posted them), so that a later conversion starts from the switch's own
     * times and never moves them twice.
     */
    @Column(columnDefinition = "bigint default 0 not null")
    private long clockShiftNanos;

    /** Why the call started recorded or not (the account's decision, or that the account is unknown). */
    @Column(length = 300)
    private String basis;

    @ElementCollection
    @CollectionTable(name = "recording_span", joinColumns = @JoinColumn(name = "control_id"))
    @OrderColumn(name = "item_index")
    private List<SpanRow> spans = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recording_control_event", joinColumns = @JoinColumn(name = "control_id"))
    @OrderColumn(name = "item_index")
    private List<AuditRow> audit = new ArrayList<>();

    /** Why parts of the call were left out of this recording (transfers, parking); see the transfer policy. */
    @ElementCollection
    @CollectionTable(name = "recording_control_note", joinColumns = @JoinColumn(name = "control_id"))
    @OrderColumn(name = "item_index")
    @Column(name = "note", length = 300)
    private List<String> ownershipNotes = new ArrayList<>();

    protected RecordingControl() {
    }

    public RecordingControl(Recording recording, String accountId, boolean startedRecorded, boolean onDemandAllowed,
                            boolean mixAnnouncements, String basis, SpanOutcome outcome) {
        this.recording = recording;
        this.accountId = accountId;
        this.mixAnnouncements = mixAnnouncements;
        this.startedRecorded = startedRecorded;
        this.onDemandAllowed = onDemandAllowed;
        this.basis = basis;
        this.ignoredEvents = outcome.ignored();
        this.ignoredNotAllowed = outcome.ignoredNotAllowed();
        outcome.spans().forEach(s -> spans.add(new SpanRow(s)));
        outcome.audit().forEach(a -> audit.add(new AuditRow(a)));
    }

    /** The account's spans differ from the others': its control goes with its own recording of the call. */
    public void moveTo(Recording own) {
        this.recording = own;
    }

    public Long getId() { return id; }
    public Recording getRecording() { return recording; }
    public String getAccountId() { return accountId; }
    public boolean isStartedRecorded() { return startedRecorded; }
    public boolean isOnDemandAllowed() { return onDemandAllowed; }
    public int getIgnoredEvents() { return ignoredEvents; }
    public int getIgnoredNotAllowed() { return ignoredNotAllowed; }
    public String getBasis() { return basis; }
    public boolean isMixAnnouncements() { return mixAnnouncements; }

    public List<RecordedSpan> spans() {
        return spans.stream().map(SpanRow::toSpan).toList();
    }

    public List<StoredSpan> storedSpans() {
        return spans.stream().map(SpanRow::toStored).toList();
    }

    public List<String> ownershipNotes() {
        return List.copyOf(ownershipNotes);
    }

    /**
     * The call had legs (transfer, parking): the recording holds what the transfer policy gave the
     * account, leg by leg, instead of its own spans over the whole call.
     */
    public void keepOnly(List<StoredSpan> owned, List<String> notes) {
        spans.clear();
        owned.forEach(s -> spans.add(new SpanRow(s)));
        ownershipNotes.clear();
        notes.forEach(n -> ownershipNotes.add(n.length() <= 300 ? n : n.substring(0, 299) + "…"));
    }

    /**
     * The span policy ran again with every event known at conversion (the capture's SIP INFO and DTMF
     * besides the switch's, moved by {@code switchShift} onto the capture's clock): its spans, audit
     * trail and counters replace the ones taken at intake.
     */
    public void replaceOutcome(SpanOutcome outcome, Duration switchShift) {
        clockShiftNanos = switchShift.toNanos();
        spans.clear();
        outcome.spans().forEach(s -> spans.add(new SpanRow(s)));
        audit.clear();
        outcome.audit().forEach(a -> audit.add(new AuditRow(a)));
        ignoredEvents = outcome.ignored();
        ignoredNotAllowed = outcome.ignoredNotAllowed();
    }

    public List<AuditEntry> audit() {
        return audit.stream().map(AuditRow::toEntry).toList();
    }

    /** The switch's control events at the times it posted them (on the call record's clock). */
    public List<ControlEvent> switchEvents() {
        Duration back = Duration.ofNanos(clockShiftNanos);
        return audit().stream().filter(a -> a.trigger() == Trigger.SWITCH)
                .map(a -> new ControlEvent(a.at().minus(back), a.action(), a.trigger(), a.detail())).toList();
    }

    /** Where the prompts go when {@link #isMixAnnouncements()}; empty otherwise. */
    public List<AnnouncementCue> announcementCues() {
        return mixAnnouncements ? AnnouncementCue.from(audit()) : List.of();
    }
}
