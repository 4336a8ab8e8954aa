package io.callrec.domain.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded call: its capture while it waits, its audio once converted, and where it is in its
 * life cycle. State changes go through the methods below, which enforce {@link RecordingState}.
 */
@Entity
@Table(name = "recording", indexes = @Index(name = "recording_state_idx", columnList = "state"))
public class Recording {

    static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordingState state;

    @Column(length = REASON_LENGTH)
    private String failureReason;

    /** Owner of the storage folder: the customer of the call's account. */
    @Column(nullable = false, length = 64)
    private String customerId;

    /** The call's connect date (UTC), part of the stable audio path. */
    @Column(nullable = false)
    private LocalDate callDate;

    @Column(length = 1024)
    private String capturePath;

    @Column(length = 1024)
    private String audioPath;

    @Column(length = 8)
    private String format;

    private Long durationMillis;
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    private int attempts;

    @Column(length = REASON_LENGTH)
    private String lastError;

    /** Conversion statistics as produced by the media engine (JSON). */
    @Lob
    private String statistics;

    @Column(nullable = false)
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;

    protected Recording() {
    }

    public static Recording pending(String customerId, LocalDate callDate, String capturePath, Instant now) {
        Recording r = new Recording();
        r.state = RecordingState.PENDING;
        r.customerId = customerId;
        r.callDate = callDate;
        r.capturePath = capturePath;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** A converter starts (or restarts) work on this recording. */
    public void beginAttempt(Instant now) {
        moveTo(RecordingState.CONVERTING, now);
        attempts++;
    }

    /** A transient failure: the attempt is recorded, the state stays as it is for the retry. */
    public void recordAttemptError(String error, Instant now) {
        lastError = truncate(error);
        updatedAt = now;
    }

    public void becomeAvailable(AudioFile audio, String statisticsJson, Instant now) {
        moveTo(RecordingState.AVAILABLE, now);
        audioPath = audio.path();
        format = audio.format();
        sizeBytes = audio.sizeBytes();
        sha256 = audio.sha256();
        durationMillis = audio.durationMillis();
        statistics = statisticsJson;
        failureReason = null;
        capturePath = null; // deleted once this commits (see CaptureCleanup)
        completedAt = now;
    }

    public void fail(String reason, Instant now) {
        moveTo(RecordingState.FAILED, now);
        failureReason = truncate(reason);
        completedAt = now;
    }

    private void moveTo(RecordingState next, Instant now) {
        if (!state.canMoveTo(next)) {
            throw new IllegalTransitionException(id == null ? -1 : id, state, next);
        }
        state = next;
        updatedAt = now;
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH - 1) + "…";
    }

    public Long getId() { return id; }
    public RecordingState getState() { return state; }
    public String getFailureReason() { return failureReason; }
    public String getCustomerId() { return customerId; }
    public LocalDate getCallDate() { return callDate; }
    public String getCapturePath() { return capturePath; }
    public String getAudioPath() { return audioPath; }
    public String getFormat() { return format; }
    public Long getDurationMillis() { return durationMillis; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public String getStatistics() { return statistics; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getCompletedAt() { return completedAt; }
}
