package io.callrec.infrastructure.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.OptionalLong;

/** Reads the recording id out of a conversion or mail message; empty for a message that is not one of ours. */
final class RecordingIds {

    private RecordingIds() {
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
