package io.callrec.application.export;

import jakarta.ejb.ApplicationException;

/**
 * An export attempt failed for a reason that may go away (storage unreachable, full, broken transfer):
 * the transaction rolls back so the broker redelivers the request later. An application exception, so
 * the container neither logs it as a system error nor discards the bean.
 */
@ApplicationException(rollback = true)
public class ExportRetryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportRetryException(long recordingId, String reason) {
        super("export of recording " + recordingId + " will be retried: " + reason);
    }
}
