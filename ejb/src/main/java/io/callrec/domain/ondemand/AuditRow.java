package io.callrec.domain.ondemand;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** An audit entry as stored with the recording. */
@Embeddable
public class AuditRow {

    static final int TEXT_LENGTH = 300;

    @Column(name = "event_at", nullable = false) private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_action", nullable = false, length = 8)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_trigger", nullable = false, length = 16)
    private Trigger trigger;

    @Column(name = "event_detail", length = TEXT_LENGTH) private String detail;
    @Column(name = "accepted", nullable = false) private boolean accepted;
    @Column(name = "reason", length = TEXT_LENGTH) private String reason;

    protected AuditRow() {
    }

    AuditRow(AuditEntry entry) {
        this.at = entry.at();
        this.action = entry.action();
        this.trigger = entry.trigger();
        this.detail = clip(entry.detail());
        this.accepted = entry.accepted();
        this.reason = clip(entry.reason());
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH - 1) + "…";
    }

    public AuditEntry toEntry() {
        return new AuditEntry(at, action, trigger, detail, accepted, reason);
    }
}
