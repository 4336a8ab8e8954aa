package io.callrec.infrastructure.messaging;

import io.callrec.application.delivery.RecordingMailer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.OptionalLong;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(MailListener.class.getName());

    @Inject
    RecordingMailer mailer;

    @Override
    public void onMessage(Message message) {
        try {
            OptionalLong id = RecordingIds.of(message);
            if (id.isEmpty()) {
                LOG.warning("ignoring a mail message without a recording id: " + message.getJMSMessageID());
                return;
            }
            mailer.send(id.getAsLong());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the mail message", e);
        }
    }
}
