package io.callrec.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Queue;

/**
 * Queues a recording for conversion. The message carries only the recording id and is sent through
 * the container's transacted context: it leaves only if the caller's transaction commits.
 */
@ApplicationScoped
public class ConversionRequests extends RecordingIdQueue {

    public static final String QUEUE = "java:/jms/queue/CallrecConversion";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/CallrecConversionDLQ";

    @Resource(lookup = QUEUE)
    Queue queue;

    public void request(long recordingId) {
        send(queue, recordingId);
    }
}
