package io.callrec.domain.delivery;

/** Where a recording's e-mail stands. */
public enum MailState {
    /** No mail is due (the conditions did not hold when the recording finished). */
    NONE,
    /** Queued; a transient failure (server down, a 4xx reply) keeps it here while it is retried. */
    PENDING,
    /** The SMTP server accepted the message. */
    SENT,
    /** Refused for good (a 5xx for the address, or the retries ran out); {@code lastError} says why. */
    FAILED
}
