package io.callrec.infrastructure.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Reads the recording id out of a request message (conversion or export); empty for a message that is
 * not one of ours. The listeners hand their messages to {@link #deliver}.
 */
final class RecordingIds {

    private RecordingIds() {
    }

    /** What a listener does with a request's recording id and its delivery count (1 on the first delivery). */
    interface Work {
        void run(long recordingId, int delivery);
    }

    /** Runs {@code work} for the message's recording id; a message without one is logged and dropped. */
    static void deliver(Message message, String what, Logger log, Work work) {
        try {
            OptionalLong id = of(message);
            if (id.isEmpty()) {
                log.warning("ignoring a " + what + " message without a recording id: " + message.getJMSMessageID());
                return;
            }
            work.run(id.getAsLong(), message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the " + what + " message", e);
        }
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
