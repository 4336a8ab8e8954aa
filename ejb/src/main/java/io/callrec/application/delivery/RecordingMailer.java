package io.callrec.application.delivery;

import io.callrec.infrastructure.mail.MailTransport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case: send one account's e-mail of a recording, from the mail queue. The message is composed from
 * the recording and the account's xDR as they are now and sent outside any row lock; the SMTP server's
 * answer decides, for that account's mail only: accepted → SENT; a 5xx → FAILED with the reason, never
 * retried; anything else → kept PENDING with the error and thrown, so the broker tries this request
 * again later with a growing delay. Another account's mail of the same recording has its own request.
 */
@Stateless
public class RecordingMailer {

    private static final Logger LOG = Logger.getLogger(RecordingMailer.class.getName());

    @Inject
    MailAttempts attempts;

    @Inject
    MailTransport transport;

    /** {@code accountId} null: a request queued before requests named their account (see {@link MailAttempts}). */
    public void send(long recordingId, String accountId) {
        Optional<String> account = accountId != null ? Optional.of(accountId)
                : attempts.accountOfUnaddressedRequest(recordingId);
        if (account.isEmpty()) {
            LOG.warning(() -> "mail request of recording " + recordingId + " names no account and the recording has"
                    + " no entitled account: dropped");
            return;
        }
        send(recordingId, account.get(), attempts.begin(recordingId, account.get()));
    }

    private void send(long recordingId, String accountId, Optional<MailTransport.Outgoing> mail) {
        if (mail.isEmpty()) {
            return;
        }
        String whose = "mail of recording " + recordingId + " to account " + accountId;
        try {
            transport.send(mail.get());
        } catch (MailTransport.SendFailure e) {
            String reason = e.failure().reason();
            if (e.failure().permanent()) {
                attempts.refused(recordingId, accountId, reason);
                LOG.warning(() -> whose + " was refused for good: " + reason);
                return;
            }
            attempts.failedForNow(recordingId, accountId, reason);
            LOG.info(() -> whose + " not sent yet (retried later): " + reason);
            throw new MailRetryException(recordingId, accountId, reason);
        }
        attempts.sent(recordingId, accountId);
        LOG.info(() -> whose + " sent as " + mail.get().messageId());
    }

    /** The broker gave up redelivering the request: that account's mail becomes FAILED with the last error. */
    public void gaveUp(long recordingId, String accountId, int deliveries) {
        Optional<String> account = accountId != null ? Optional.of(accountId)
                : attempts.accountOfUnaddressedRequest(recordingId);
        account.ifPresent(a -> attempts.gaveUp(recordingId, a, deliveries));
    }
}
