package io.callrec.infrastructure.messaging;

import io.callrec.application.conversion.ConversionOutcomes;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Conversion requests that exhausted their redeliveries end here: the recording is marked FAILED
 * with the last error, so it never stays PENDING or CONVERTING.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ConversionRequests.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class ConversionDeadLetterListener implements MessageListener {

    @Inject
    ConversionOutcomes outcomes;

    @Override
    public void onMessage(Message message) {
        RecordingIds.handle(message, "dead-lettered conversion", outcomes::gaveUp);
    }
}
