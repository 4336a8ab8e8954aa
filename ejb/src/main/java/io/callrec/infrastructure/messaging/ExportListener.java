package io.callrec.infrastructure.messaging;

import io.callrec.application.export.ExportRetryException;
import io.callrec.application.export.RecordingExport;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Takes export requests off the queue and hands them to {@link RecordingExport}. When the storage cannot
 * be reached the use case marks the transaction for rollback, so the broker redelivers the request later
 * (growing delays, many attempts: configure-messaging.cli), then dead-letters it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ExportRequests.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${callrec.export.concurrency:2}")})
public class ExportListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ExportListener.class.getName());

    @Inject
    RecordingExport export;

    @Override
    @TransactionTimeout(value = 1800)
    public void onMessage(Message message) {
        RecordingIds.handle(message, "export", (id, delivery) -> {
            try {
                export.export(id, delivery);
            } catch (ExportRetryException e) {
                // already logged and recorded; the use case marked the transaction for rollback: redelivered later
                LOG.fine(e::getMessage);
            }
        });
    }
}
