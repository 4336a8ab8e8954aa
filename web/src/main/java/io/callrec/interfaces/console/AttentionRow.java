package io.callrec.interfaces.console;

import io.callrec.application.lifecycle.RecordingsNeedingAttention;
import java.io.Serializable;

/** One recording of the attention list as the page shows it (a serializable copy, times as text). */
public record AttentionRow(long id, String state, String reasonCode, String reason, String customerId,
                           String recordedAt, int attempts, int requeues, boolean captureKept) implements Serializable {

    static AttentionRow of(RecordingsNeedingAttention.Item item) {
        String reason = item.reason() != null ? item.reason() : item.lastError();
        return new AttentionRow(item.id(), item.state(), item.reasonCode(), reason, item.customerId(),
                TimeTexts.utc(item.recordedAt()), item.attempts(), item.requeues(),
                item.captureKept());
    }

    public long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getRecordedAt() {
        return recordedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getRequeues() {
        return requeues;
    }

    public boolean isCaptureKept() {
        return captureKept;
    }
}
