package io.callrec.infrastructure.messaging;

import io.callrec.application.conversion.RecordingConversion;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Takes conversion requests off the queue. A transient failure escapes as an exception: the
 * transaction rolls back and the broker redelivers, then dead-letters after the configured attempts.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ConversionRequests.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${callrec.conversion.concurrency:2}")})
public class ConversionListener implements MessageListener {

    @Inject
    RecordingConversion conversion;

    @Override
    @TransactionTimeout(value = 1800)
    public void onMessage(Message message) {
        RecordingIds.handle(message, "conversion", (id, delivery) -> conversion.convert(id));
    }
}
