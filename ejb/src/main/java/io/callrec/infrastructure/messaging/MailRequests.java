package io.callrec.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Queue;

/**
 * Queues a recording's e-mail (the recording id only). It leaves only when the transaction that recorded
 * the recording's outcome commits, so no mail is sent for an outcome that rolled back.
 */
@ApplicationScoped
public class MailRequests extends RecordingIdQueue {

    public static final String QUEUE = "java:/jms/queue/CallrecMail";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/CallrecMailDLQ";

    @Resource(lookup = QUEUE)
    Queue queue;

    public void request(long recordingId) {
        send(queue, recordingId);
    }
}
