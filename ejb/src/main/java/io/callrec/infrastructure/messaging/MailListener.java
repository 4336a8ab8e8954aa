package io.callrec.infrastructure.messaging;

import io.callrec.application.delivery.RecordingMailer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes recording mails off the queue and hands them to the mailer. A transient SMTP failure escapes
 * as an exception: the transaction rolls back and the broker redelivers with a growing delay (the
 * address setting of configure-messaging.cli), then dead-letters after the last attempt.
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
        RecordingIds.handle(message, "mail", (id, deliveries) -> mailer.send(id));
    }
}
