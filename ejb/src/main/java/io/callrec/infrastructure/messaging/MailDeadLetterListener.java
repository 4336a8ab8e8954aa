package io.callrec.infrastructure.messaging;

import io.callrec.application.delivery.RecordingMailer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Mail requests whose redeliveries ran out end here: that account's mail of the recording becomes FAILED
 * with the last error.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = MailRequests.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class MailDeadLetterListener implements MessageListener {

    @Inject
    RecordingMailer mailer;

    @Override
    public void onMessage(Message message) {
        RecordingIds.handleMail(message, "dead-lettered mail", mailer::gaveUp);
    }
}
