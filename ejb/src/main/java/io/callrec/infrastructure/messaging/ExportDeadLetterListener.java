package io.callrec.infrastructure.messaging;

import io.callrec.application.export.RecordingExport;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Export requests whose redeliveries ran out end here: the recording's export becomes FAILED with the
 * last error, so it is reported and retention may remove the recording.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ExportRequests.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class ExportDeadLetterListener implements MessageListener {

    @Inject
    RecordingExport export;

    @Override
    public void onMessage(Message message) {
        RecordingIds.handle(message, "dead-lettered export", export::gaveUp);
    }
}
