package io.callrec.interfaces.console;

import io.callrec.application.access.XdrCatalog;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One line of a call list: an xDR as the caller may see it, and its recording when the visibility
 * rule shows it ({@code recordingId} null otherwise). A detached, serializable copy for the view.
 */
public record CallRow(long xdrId, Instant connectTime, String direction, String callingNumber, String calledNumber,
                      String accountId, String customerId, long durationSeconds, Long recordingId,
                      String recordingState, boolean playable, boolean playbackExpired) implements Serializable {
    public long getXdrId() {
        return xdrId;
    }

    public Instant getConnectTime() {
        return connectTime;
    }

    public String getDirection() {
        return direction;
    }

    public String getCallingNumber() {
        return callingNumber;
    }

    public String getCalledNumber() {
        return calledNumber;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public long getDurationSeconds() {
        return durationSeconds;
    }

    public Long getRecordingId() {
        return recordingId;
    }

    public String getRecordingState() {
        return recordingState;
    }

    public boolean isPlayable() {
        return playable;
    }

    public boolean isPlaybackExpired() {
        return playbackExpired;
    }

    /** The connect time as the list shows it: UTC, to the second. */
    public String getConnectedAt() {
        return TimeTexts.utc(connectTime);
    }

    static CallRow of(XdrCatalog.Row row) {
        Xdr x = row.xdr();
        Recording r = row.recordingShown() ? x.getRecording() : null;
        boolean playable = r != null && r.getState().hasAudio() && !r.isExpired();
        return new CallRow(x.getId(), x.getConnectTime(), x.getDirection().name().toLowerCase(Locale.ROOT),
                x.getCallingNumber(), x.getCalledNumber(), x.getAccountId(), x.getCustomerId(), x.getDurationSeconds(),
                r == null ? null : r.getId(), r == null ? null : r.getState().name(), playable, x.isPlaybackExpired());
    }
}
