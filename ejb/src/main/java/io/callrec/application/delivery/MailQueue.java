package io.callrec.application.delivery;

import io.callrec.domain.delivery.RecordingMail;
import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.messaging.MailRequests;
import io.callrec.infrastructure.persistence.RecordingMails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Called in the transaction that records a recording's outcome, under the recording's row lock: while
 * RecordsDelivery.Enabled is on, every entitled account of the recording gets its own mail row. Where
 * the account's mail is due it becomes PENDING and a mail request for that recording and account joins
 * the same transaction, so the mail is sent only after the outcome committed, and never for one that
 * rolled back; where it is not, the row says why (NONE with the reason). An outcome recorded again
 * (a requeue, a reconversion) queues only mails still NONE: a SENT one is never sent again, a PENDING
 * one already has its request, a FAILED one was refused for good.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());

    @Inject
    MailAccounts accounts;

    @Inject
    RecordsDeliveryOption recordsDelivery;

    @Inject
    RecordingMails mails;

    @Inject
    MailRequests requests;

    public void onOutcome(Recording recording) {
        if (!recordsDelivery.enabled()) {
            LOG.fine(() -> "recording " + recording.getId() + " is not mailed: RecordsDelivery.Enabled is off");
            return;
        }
        for (MailAccounts.Due due : accounts.of(recording)) {
            RecordingMail mail = mails.lockOrAdd(recording.getId(), due.accountId());
            if (!due.decision().send()) {
                mail.notDue(due.decision().reason());
                LOG.fine(() -> "recording " + recording.getId() + " is not mailed to account " + due.accountId() + ": "
                        + due.decision().reason());
            } else if (mail.queue()) {
                requests.request(recording.getId(), due.accountId());
            }
        }
    }
}
