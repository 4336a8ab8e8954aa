package io.callrec.domain.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recording's export: its state, how many attempts it took, the last error, the remote path of
 * the audio once exported and when the state last changed. A row of its own (not columns of the
 * recording) so that export bookkeeping never contends with the recording's own version.
 */
@Entity
@Table(name = "recording_export", indexes = @Index(name = "recording_export_state_idx", columnList = "state"))
public class RecordingExportStatus {

    static final int ERROR_LENGTH = 1000;

    @Id
    private Long recordingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportState state;

    private int attempts;

    @Column(length = ERROR_LENGTH)
    private String lastError;

    @Column(length = 1024)
    private String path;

    @Column(nullable = false)
    private Instant updatedAt;

    protected RecordingExportStatus() {
    }

    public RecordingExportStatus(long recordingId, Instant now) {
        this.recordingId = recordingId;
        this.state = ExportState.NONE;
        this.updatedAt = now;
    }

    /** Queued (again): a backfill or a recording that just completed. */
    public void queue(Instant now) {
        state = ExportState.PENDING;
        lastError = null;
        updatedAt = now;
    }

    /** An attempt starts. */
    public void beginAttempt(Instant now) {
        attempts++;
        updatedAt = now;
    }

    /** The attempt failed in a way the next delivery may overcome: still PENDING. */
    public void retryLater(String error, Instant now) {
        lastError = truncate(error);
        updatedAt = now;
    }

    public void exported(String remotePath, Instant now) {
        state = ExportState.EXPORTED;
        path = remotePath;
        lastError = null;
        updatedAt = now;
    }

    public void failForGood(String reason, Instant now) {
        state = ExportState.FAILED;
        lastError = truncate(reason);
        updatedAt = now;
    }

    /** Not exported and not queued any more (export switched off meanwhile), with the reason. */
    public void drop(String reason, Instant now) {
        state = ExportState.NONE;
        lastError = truncate(reason);
        updatedAt = now;
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }

    public long getRecordingId() { return recordingId; }
    public ExportState getState() { return state; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public String getPath() { return path; }
    public Instant getUpdatedAt() { return updatedAt; }
}
