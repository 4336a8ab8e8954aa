package io.callrec.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A recording's e-mail to one of its entitled accounts: its state, how many times sending was tried,
 * the last error (or why it was refused for good, or why none is due) and when the SMTP server accepted
 * it. One row per recording and account, so each account's mail is sent, retried, refused and shown on
 * its own, and a failure for one account never touches another's; a row of its own (not columns of the
 * recording) so that mail bookkeeping never contends with the recording's version.
 */
@Entity
@Table(name = "recording_mail")
public class RecordingMail {

    static final int ERROR_LENGTH = 1000;

    /** Which recording, to which account. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "recordingid", nullable = false)
        private long recordingId;

        @Column(name = "accountid", length = 64, nullable = false)
        private String accountId;

        protected Key() {
        }

        public Key(long recordingId, String accountId) {
            this.recordingId = recordingId;
            this.accountId = Objects.requireNonNull(accountId, "accountId");
        }

        public long getRecordingId() { return recordingId; }
        public String getAccountId() { return accountId; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.recordingId == recordingId && k.accountId.equals(accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordingId, accountId);
        }
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailState state = MailState.NONE;

    private int attempts;

    @Column(length = ERROR_LENGTH)
    private String lastError;

    private Instant sentAt;

    protected RecordingMail() {
    }

    /** No mail yet (NONE) for the account on the recording. */
    public RecordingMail(long recordingId, String accountId) {
        this.key = new Key(recordingId, accountId);
    }

    /**
     * A mail is due: queued for sending. Only a mail that is NONE can be queued: one PENDING already has
     * its request on the way, one SENT is never sent again, one FAILED was refused for good.
     */
    public boolean queue() {
        if (state != MailState.NONE) {
            return false;
        }
        state = MailState.PENDING;
        lastError = null;
        return true;
    }

    /** No mail is due for the account (the policy's reason); a mail PENDING, SENT or FAILED keeps its state. */
    public void notDue(String reason) {
        if (state == MailState.NONE) {
            lastError = truncate(reason);
        }
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

    /** Refused for good (a 5xx for the address): no further attempt. */
    public void fail(String reason) {
        state = MailState.FAILED;
        lastError = truncate(reason);
    }

    /** The broker gave up redelivering a PENDING mail: FAILED with the last error; any other state stands. */
    public void gaveUp(int deliveries) {
        if (state == MailState.PENDING) {
            fail("not sent after " + Math.max(deliveries, attempts) + " attempts: "
                    + (lastError == null ? "no error was recorded" : lastError));
        }
    }

    /** Queued, but by the time of sending no longer due (the conditions changed): nothing is sent. */
    public void drop(String why) {
        state = MailState.NONE;
        lastError = truncate(why);
    }

    public long getRecordingId() { return key.getRecordingId(); }
    public String getAccountId() { return key.getAccountId(); }
    public MailState getState() { return state; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }

    /** A detached copy, for the views. */
    public AccountMail summary() {
        return new AccountMail(getAccountId(), state, attempts, lastError, sentAt);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }
}
