package io.callrec.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A recording's e-mail: its state, how many times sending was tried, the last error (or why it was
 * refused for good) and when the SMTP server accepted it. Kept with the recording, so the API shows it.
 */
@Embeddable
public class MailStatus {

    static final int ERROR_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 16)
    private MailState state = MailState.NONE;

    @Column(name = "mail_attempts", nullable = false)
    private int attempts;

    @Column(name = "mail_last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "mail_sent_at")
    private Instant sentAt;

    /** A mail is due: queued for sending. Only a recording that owes none yet can be queued. */
    public boolean queue() {
        if (state != MailState.NONE) {
            return false;
        }
        state = MailState.PENDING;
        return true;
    }

    /** An attempt to send begins (counted even if it then fails and rolls back). */
    public void attempt() {
        attempts++;
    }

    /** A transient failure: still PENDING, retried; the error is kept for the API. */
    public void attemptFailed(String error) {
        lastError = truncate(error);
    }

    public void sent(Instant at) {
        state = MailState.SENT;
        sentAt = at;
        lastError = null;
    }

    /** Refused for good (a 5xx for the address, the retries ran out): no further attempt. */
    public void fail(String reason) {
        state = MailState.FAILED;
        lastError = truncate(reason);
    }

    /** Queued, but by the time of sending no longer due (the conditions changed): nothing is sent. */
    public void drop(String why) {
        state = MailState.NONE;
        lastError = truncate(why);
    }

    public MailState getState() { return state; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }
}
