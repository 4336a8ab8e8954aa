package io.callrec.application.delivery;

import jakarta.ejb.ApplicationException;

/**
 * Sending one account's mail of a recording failed for a reason that may pass (server down, a 4xx
 * reply); thrown so the mail request rolls back and the broker redelivers it later. An application
 * exception: the container rolls back without logging it as a bean failure, the attempt was logged once.
 */
@ApplicationException(rollback = true)
public class MailRetryException extends RuntimeException {
    public MailRetryException(long recordingId, String accountId, String reason) {
        super("mail of recording " + recordingId + " to account " + accountId + " not sent yet: " + reason);
    }
}
