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
import java.time.ZoneOffset;

/**
 * One recorded call: its capture while it waits, its audio once converted, and where it is in its
 * life cycle. State changes go through the methods below, which enforce {@link RecordingState}.
 */
@Entity
@Table(name = "recording", indexes = {
        @Index(name = "recording_state_idx", columnList = "state"),
        @Index(name = "recording_capturepath_idx", columnList = "capturePath"),
        @Index(name = "recording_splitfrom_idx", columnList = "splitFrom"),
        @Index(name = "recording_recordedat_idx", columnList = "recordedAt"),
        @Index(name = "recording_createdat_idx", columnList = "createdAt"),
        @Index(name = "recording_completedat_idx", columnList = "completedAt")})
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

    /** Human-readable reason of FAILED, PARTIAL or SUPPRESSED. */
    @Column(length = REASON_LENGTH)
    private String failureReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private OutcomeReason reasonCode;

    /** Owner of the storage folder: the customer of the call's account. */
    @Column(nullable = false, length = 64)
    private String customerId;

    /** The call's connect date (UTC), part of the stable audio path. */
    @Column(nullable = false)
    private LocalDate callDate;

    /** The call's connect time: retention counts from here. */
    @Column(nullable = false)
    private Instant recordedAt;

    @Column(length = 1024)
    private String capturePath;

    /**
     * The recording of the call this one was split off (accounts that recorded other parts of it), whose
     * capture they share; null for a call's first recording.
     */
    private Long splitFrom;

    @Column(length = 1024)
    private String audioPath;

    @Column(length = 8)
    private String format;

    private Long durationMillis;
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    private int attempts;

    /** Times the reconciliation sweep or an operator queued it again. */
    private int requeues;

    @Column(length = REASON_LENGTH)
    private String lastError;

    /** Conversion statistics as produced by the media engine (JSON). */
    @Lob
    private String statistics;

    @Column(nullable = false)
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;

    /** Set when retention removed the audio (and the capture). */
    private Instant expiredAt;

    protected Recording() {
    }

    /** A recording of the same call for other accounts, from {@code original}'s capture. */
    public static Recording splitOff(Recording original, String customerId, Instant now) {
        Recording r = pending(customerId, original.recordedAt, original.capturePath, now);
        r.splitFrom = original.splitFrom != null ? original.splitFrom : original.id;
        return r;
    }

    /** The first recording of the call, whose row serialises decisions about the shared capture. */
    public long firstOfCall() {
        return splitFrom != null ? splitFrom : id;
    }

    public static Recording pending(String customerId, Instant recordedAt, String capturePath, Instant now) {
        Recording r = new Recording();
        r.state = RecordingState.PENDING;
        r.customerId = customerId;
        r.recordedAt = recordedAt;
        r.callDate = recordedAt.atZone(ZoneOffset.UTC).toLocalDate();
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

    /** The whole recording is there. An empty file is never a good recording: that is refused. */
    public void becomeAvailable(AudioFile audio, String statisticsJson, Instant now) {
        if (audio.durationMillis() <= 0) {
            throw new IllegalArgumentException("recording " + id + " has no audio (" + audio.durationMillis()
                    + " ms): an empty recording is never AVAILABLE");
        }
        finishWithAudio(RecordingState.AVAILABLE, audio, statisticsJson, null, now);
    }

    /** Audio was made, but part of the call is missing; {@code why} says which part and why. */
    public void becomePartial(AudioFile audio, String statisticsJson, String why, Instant now) {
        becomePartial(audio, statisticsJson, OutcomeReason.AUDIO_INCOMPLETE, why, now);
    }

    public void becomePartial(AudioFile audio, String statisticsJson, OutcomeReason code, String why, Instant now) {
        finishWithAudio(RecordingState.PARTIAL, audio, statisticsJson, why, now);
        reasonCode = code;
    }

    private void finishWithAudio(RecordingState finalState, AudioFile audio, String statisticsJson, String why,
                                 Instant now) {
        moveTo(finalState, now);
        audioPath = audio.path();
        format = audio.format();
        sizeBytes = audio.sizeBytes();
        sha256 = audio.sha256();
        durationMillis = audio.durationMillis();
        statistics = statisticsJson;
        failureReason = truncate(why);
        reasonCode = null;
        capturePath = null; // deleted once this commits (see CaptureCleanup)
        completedAt = now;
    }

    public void fail(OutcomeReason code, String reason, Instant now) {
        moveTo(RecordingState.FAILED, now);
        reasonCode = code;
        failureReason = truncate(reason);
        completedAt = now;
    }

    /** Deliberately not recorded; the capture is released like after a success. */
    public void suppress(OutcomeReason code, String reason, Instant now) {
        moveTo(RecordingState.SUPPRESSED, now);
        reasonCode = code;
        failureReason = truncate(reason);
        capturePath = null;
        completedAt = now;
    }

    /**
     * Queued again: by the reconciliation sweep for a recording stuck in PENDING/CONVERTING, or by an
     * operator for a FAILED one (which must still have its capture).
     */
    public void requeue(Instant now) {
        if (capturePath == null) {
            throw new IllegalStateException("recording " + id + " has no capture left to convert");
        }
        moveTo(RecordingState.PENDING, now);
        requeues++;
        reasonCode = null;
        failureReason = null;
        completedAt = null;
    }

    /** Retention removed the files: nothing to play or convert any more. The final state stays as it was. */
    public void expire(Instant now) {
        if (!state.isFinal()) {
            throw new IllegalTransitionException(id == null ? -1 : id, state, state);
        }
        audioPath = null;
        capturePath = null;
        expiredAt = now;
        updatedAt = now;
    }

    public boolean isExpired() {
        return expiredAt != null;
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
    public OutcomeReason getReasonCode() { return reasonCode; }
    public Instant getRecordedAt() { return recordedAt; }
    public int getRequeues() { return requeues; }
    public Instant getExpiredAt() { return expiredAt; }
    public String getCustomerId() { return customerId; }
    public LocalDate getCallDate() { return callDate; }
    public String getCapturePath() { return capturePath; }
    public Long getSplitFrom() { return splitFrom; }
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
