package io.callrec.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Queue;

/**
 * Queues a recording for export to the SFTP storage (the recording id only). It leaves only if the
 * caller's transaction commits, so an export is never requested for an outcome that was rolled back.
 */
@ApplicationScoped
public class ExportRequests extends RecordingIdQueue {

    public static final String QUEUE = "java:/jms/queue/CallrecExport";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/CallrecExportDLQ";

    @Resource(lookup = QUEUE)
    Queue queue;

    public void request(long recordingId) {
        send(queue, recordingId);
    }
}
