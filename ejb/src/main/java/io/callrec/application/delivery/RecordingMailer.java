package io.callrec.application.delivery;

import io.callrec.infrastructure.mail.MailTransport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case: send a recording's e-mail, from the mail queue. The message is composed from the recording
 * as it is now and sent outside any row lock; the SMTP server's answer decides: accepted → SENT;
 * a 5xx → FAILED with the reason, never retried; anything else → kept PENDING with the error and
 * thrown, so the broker tries again later with a growing delay.
 */
@Stateless
public class RecordingMailer {

    private static final Logger LOG = Logger.getLogger(RecordingMailer.class.getName());

    @Inject
    MailAttempts attempts;

    @Inject
    MailTransport transport;

    public void send(long recordingId) {
        Optional<MailTransport.Outgoing> mail = attempts.begin(recordingId);
        if (mail.isEmpty()) {
            return;
        }
        try {
            transport.send(mail.get());
        } catch (MailTransport.SendFailure e) {
            String reason = e.failure().reason();
            if (e.failure().permanent()) {
                attempts.refused(recordingId, reason);
                LOG.warning(() -> "mail of recording " + recordingId + " to its account was refused for good: " + reason);
                return;
            }
            attempts.failedForNow(recordingId, reason);
            LOG.info(() -> "mail of recording " + recordingId + " not sent yet (retried later): " + reason);
            throw new MailRetryException(recordingId, reason);
        }
        attempts.sent(recordingId);
        LOG.info(() -> "mail of recording " + recordingId + " sent as " + mail.get().messageId());
    }

    public void gaveUp(long recordingId, int deliveries) {
        attempts.gaveUp(recordingId, deliveries);
    }
}
