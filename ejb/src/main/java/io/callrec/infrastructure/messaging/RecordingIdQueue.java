package io.callrec.infrastructure.messaging;

import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Base of the senders of recording work: a message carrying only the recording id, sent through the
 * container's transacted context, so it leaves only if the caller's transaction commits.
 */
abstract class RecordingIdQueue {

    @Inject
    JMSContext jms;

    void send(Queue queue, long recordingId) {
        jms.createProducer().send(queue, Long.toString(recordingId));
    }
}
