package io.callrec.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Queues a recording's e-mail. The message carries only the recording id and goes through the
 * container's transacted context: it leaves only when the transaction that recorded the recording's
 * outcome commits, so no mail is sent for an outcome that rolled back.
 */
@ApplicationScoped
public class MailRequests {

    public static final String QUEUE = "java:/jms/queue/CallrecMail";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/CallrecMailDLQ";

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void request(long recordingId) {
        jms.createProducer().send(queue, Long.toString(recordingId));
    }
}
