package io.callrec.infrastructure.messaging;

import io.callrec.application.delivery.RecordingMailer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes mail requests (a recording and an account) off the queue and hands them to the mailer. A
 * transient SMTP failure escapes as an exception: the transaction rolls back and the broker redelivers
 * that request with a growing delay (the address setting of configure-messaging.cli), then dead-letters
 * it after the last attempt. Each account's mail has its own request, so one account's retries never
 * hold back another's.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = MailRequests.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
public class MailListener implements MessageListener {

    @Inject
    RecordingMailer mailer;

    @Override
    public void onMessage(Message message) {
        RecordingIds.handleMail(message, "mail", (id, account, deliveries) -> mailer.send(id, account));
    }
}
