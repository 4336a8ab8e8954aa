package io.callrec.infrastructure.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Reads the recording id (and, of a mail request, the account id) out of a conversion, mail or export
 * message; empty for a message that is not one of ours.
 */
final class RecordingIds {

    private static final Logger LOG = Logger.getLogger(RecordingIds.class.getName());

    private RecordingIds() {
    }

    /** Hands the message's recording id and delivery count to {@code work}; a message without an id is logged and dropped. */
    static void handle(Message message, String what, IdWork work) {
        try {
            OptionalLong id = of(message);
            if (id.isEmpty()) {
                LOG.warning("ignoring a " + what + " message without a recording id: " + message.getJMSMessageID());
                return;
            }
            work.run(id.getAsLong(), message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the " + what + " message", e);
        }
    }

    /**
     * Hands a mail request's recording id, account id (null in a request queued before requests named their
     * account) and delivery count to {@code work}; a message without a recording id is logged and dropped.
     */
    static void handleMail(Message message, String what, MailWork work) {
        handle(message, what, (id, deliveries) -> {
            try {
                work.run(id, message.getStringProperty(MailRequests.ACCOUNT), deliveries);
            } catch (JMSException e) {
                throw new IllegalStateException("cannot read the " + what + " message", e);
            }
        });
    }

    /** What a mail listener does with a recording id, an account id and how many times its message was delivered. */
    @FunctionalInterface
    interface MailWork {
        void run(long recordingId, String accountId, int deliveries);
    }

    /** What a listener does with a recording id and how many times its message was delivered. */
    @FunctionalInterface
    interface IdWork {
        void run(long recordingId, int deliveries);
    }

    static OptionalLong of(Message message) throws JMSException {
        if (!(message instanceof TextMessage text) || text.getText() == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.getText().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
