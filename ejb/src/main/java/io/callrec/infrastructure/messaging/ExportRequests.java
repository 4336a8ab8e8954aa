package io.callrec.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Queues a recording for export to the SFTP storage. Like a conversion request the message carries only
 * the recording id and leaves only if the caller's transaction commits (the container's transacted
 * context), so an export is never requested for an outcome that was rolled back.
 */
@ApplicationScoped
public class ExportRequests {

    public static final String QUEUE = "java:/jms/queue/CallrecExport";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/CallrecExportDLQ";

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void request(long recordingId) {
        jms.createProducer().send(queue, Long.toString(recordingId));
    }
}
