package io.callrec.application.conversion;

import io.callrec.domain.customer.Customer;
import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Bookkeeping of conversion attempts, each step committed on its own so that it survives the
 * rollback of a failed attempt (which is what makes the broker redeliver).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConversionAttempts {

    @Inject
    Recordings recordings;

    @Inject
    Clock clock;

    @Inject
    ServiceDirectory directory;

    /** Marks the recording CONVERTING and returns what to convert; empty when there is nothing to do. */
    public Optional<ConversionJob> begin(long recordingId) {
        Optional<Recording> found = recordings.lockForUpdate(recordingId);
        if (found.isEmpty() || found.get().getState().isFinal()) {
            return Optional.empty();
        }
        Recording recording = found.get();
        recording.beginAttempt(clock.instant());
        return Optional.of(ConversionJob.of(recording,
                directory.find(Customer.class, recording.getCustomerId()).map(Customer::getOutputFormat).orElse(null)));
    }

    public void recordError(long recordingId, String error) {
        recordings.lockForUpdate(recordingId).ifPresent(r -> r.recordAttemptError(error, clock.instant()));
    }
}
