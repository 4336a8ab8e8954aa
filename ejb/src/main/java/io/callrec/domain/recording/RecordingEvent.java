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
 * change (an outbox): notification features (mail, web events) read these in order of their feed
 * position, so no outcome is missed even if a consumer was down. The position is not the id: ids come
 * from a sequence in blocks per instance and transactions commit in any order, so a reader going by id
 * would step over an event that commits after a later id was read. Positions are given to committed
 * events only, one sequencer at a time, in increasing order ({@code EventFeed}).
 */
@Entity
@Table(name = "recording_event", indexes = {
        @Index(name = "recording_event_recording_idx", columnList = "recordingId"),
        @Index(name = "recording_event_position_idx", columnList = "feedPosition", unique = true)})
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

    /** Where the event stands in the feed; null until the sequencer has seen it committed. */
    private Long feedPosition;

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
    public Long getFeedPosition() { return feedPosition; }

    /** Places the committed event in the feed; once only. */
    public void placeAt(long position) {
        if (feedPosition != null) {
            throw new IllegalStateException("event " + id + " is already at position " + feedPosition);
        }
        feedPosition = position;
    }
}
