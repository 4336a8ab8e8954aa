package io.callrec.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Queue;

/**
 * Queues one account's e-mail of a recording: ids only, the recording id as the text and the account id
 * as the property {@value #ACCOUNT}. It leaves only when the transaction that recorded the recording's
 * outcome commits, so no mail is sent for an outcome that rolled back.
 */
@ApplicationScoped
public class MailRequests extends RecordingIdQueue {

    public static final String QUEUE = "java:/jms/queue/CallrecMail";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/CallrecMailDLQ";

    /** The message property naming the account (absent from requests queued before accounts had their own mail). */
    public static final String ACCOUNT = "accountId";

    @Resource(lookup = QUEUE)
    Queue queue;

    public void request(long recordingId, String accountId) {
        jms.createProducer().setProperty(ACCOUNT, accountId).send(queue, Long.toString(recordingId));
    }
}
