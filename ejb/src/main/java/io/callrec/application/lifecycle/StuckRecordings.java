package io.callrec.application.lifecycle;

import io.callrec.application.conversion.ConversionOutcomes;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.StuckPolicy;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

/** Decides and applies what happens to one stuck recording, in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StuckRecordings {

    private static final Logger LOG = Logger.getLogger(StuckRecordings.class.getName());

    @Inject
    Recordings recordings;

    @Inject
    ConversionRequests conversions;

    @Inject
    ConversionOutcomes outcomes;

    /** True when the recording was re-queued or failed. */
    public boolean reconcile(long id, StuckPolicy policy, Instant now) {
        Recording r = recordings.lockForUpdate(id).orElse(null);
        if (r == null) {
            return false;
        }
        boolean captureKept = r.getCapturePath() != null && Files.isRegularFile(Path.of(r.getCapturePath()));
        switch (policy.decide(r.getState(), r.getUpdatedAt(), r.getRequeues(), captureKept, now)) {
            case REQUEUE -> {
                r.requeue(now);
                conversions.request(id);
                LOG.warning(() -> "recording " + id + " was stuck; queued again (" + r.getRequeues() + ")");
                return true;
            }
            case FAIL -> {
                outcomes.failed(id, OutcomeReason.STUCK, policy.failureReason(r.getState(), r.getRequeues())
                        + (captureKept ? "" : "; the capture is missing"));
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
