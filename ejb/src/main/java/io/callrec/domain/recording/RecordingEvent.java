package io.callrec.domain.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An application event about a recording's outcome, written in the same transaction as the state
 * change (an outbox): notification features (mail, web events) read these in order by id, so no
 * outcome is missed even if a consumer was down.
 */
@Entity
@Table(name = "recording_event", indexes = @Index(name = "recording_event_recording_idx", columnList = "recordingId"))
public class RecordingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false)
    private long recordingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordingState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private OutcomeReason reasonCode;

    @Column(length = Recording.REASON_LENGTH)
    private String reason;

    @Column(nullable = false)
    private Instant occurredAt;

    protected RecordingEvent() {
    }

    /** The outcome the recording has just reached. */
    public static RecordingEvent outcomeOf(Recording recording) {
        RecordingEvent e = new RecordingEvent();
        e.recordingId = recording.getId();
        e.state = recording.getState();
        e.reasonCode = recording.getReasonCode();
        e.reason = recording.getFailureReason();
        e.occurredAt = recording.getUpdatedAt();
        return e;
    }

    public Long getId() { return id; }
    public long getRecordingId() { return recordingId; }
    public RecordingState getState() { return state; }
    public OutcomeReason getReasonCode() { return reasonCode; }
    public String getReason() { return reason; }
    public Instant getOccurredAt() { return occurredAt; }
}
