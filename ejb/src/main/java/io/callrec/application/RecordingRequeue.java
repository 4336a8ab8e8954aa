package io.callrec.application;

import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Use case: an administrator queues a FAILED recording for conversion again (its capture is kept). */
@Stateless
public class RecordingRequeue {

    @Inject
    Recordings recordings;

    @Inject
    ConversionRequests conversions;

    @Inject
    Clock clock;

    /** Refused (with the reason) unless the recording exists, is FAILED and still has its capture. */
    public void requeue(long id) {
        Recording r = recordings.lockForUpdate(id).orElseThrow(() -> new RequeueRefusedException(
                RequeueRefusedException.Why.UNKNOWN, "no recording with id " + id));
        if (r.getState() != RecordingState.FAILED) {
            throw new RequeueRefusedException(RequeueRefusedException.Why.CONFLICT,
                    "recording " + id + " is " + r.getState() + "; only FAILED recordings can be queued again");
        }
        if (r.isExpired() || r.getCapturePath() == null || !Files.isRegularFile(Path.of(r.getCapturePath()))) {
            throw new RequeueRefusedException(RequeueRefusedException.Why.CONFLICT,
                    "recording " + id + " has no capture left to convert");
        }
        r.requeue(clock.instant());
        conversions.request(id);
    }
}
