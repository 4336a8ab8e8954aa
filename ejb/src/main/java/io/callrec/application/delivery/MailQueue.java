package io.callrec.application.delivery;

import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.messaging.MailRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Called in the transaction that records a recording's outcome: when its e-mail is due, the recording's
 * mail becomes PENDING and a mail request joins the same transaction, so the mail is sent only after the
 * outcome committed, and never for one that rolled back. A recording already mailed is not queued again.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());

    @Inject
    MailOwner owner;

    @Inject
    MailRequests requests;

    public void onOutcome(Recording recording) {
        MailOwner.Due due = owner.of(recording);
        if (!due.decision().send()) {
            LOG.fine(() -> "recording " + recording.getId() + " is not mailed: " + due.decision().reason());
            return;
        }
        if (recording.getMail().queue()) {
            requests.request(recording.getId());
        }
    }
}
