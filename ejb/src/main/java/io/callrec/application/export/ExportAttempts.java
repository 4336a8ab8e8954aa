package io.callrec.application.export;

import io.callrec.domain.export.RecordingExportStatus;
import io.callrec.infrastructure.persistence.ExportRecords;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Bookkeeping of export attempts, each step committed on its own so it survives the rollback of a failed
 * attempt (which is what makes the broker redeliver the request).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportAttempts {

    @Inject
    ExportRecords records;

    @Inject
    Clock clock;

    public void begin(long recordingId) {
        change(recordingId, s -> s.beginAttempt(clock.instant()));
    }

    public void retryLater(long recordingId, String error) {
        change(recordingId, s -> s.retryLater(error, clock.instant()));
    }

    public void exported(long recordingId, String remotePath) {
        change(recordingId, s -> s.exported(remotePath, clock.instant()));
    }

    public void failForGood(long recordingId, String reason) {
        change(recordingId, s -> s.failForGood(reason, clock.instant()));
    }

    public void drop(long recordingId, String reason) {
        change(recordingId, s -> s.drop(reason, clock.instant()));
    }

    private void change(long recordingId, Consumer<RecordingExportStatus> step) {
        step.accept(records.lockStatus(recordingId, clock.instant()));
    }
}
