package io.callrec.application.export;

import io.callrec.domain.export.SftpStorageSettings;
import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.messaging.ExportRequests;
import io.callrec.infrastructure.persistence.ExportRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Queues recordings for export, in the caller's transaction: the export state becomes PENDING and the
 * request leaves with the commit, or neither happens. Export must be enabled in the stored settings at
 * that moment; the settings themselves are read again when the export runs.
 */
@ApplicationScoped
public class ExportQueue {

    @Inject
    ExportRecords records;

    @Inject
    ExportRequests requests;

    @Inject
    Clock clock;

    /** A recording just became AVAILABLE or PARTIAL: queued when export is on. */
    public void afterOutcome(Recording recording) {
        if (recording.getState().hasAudio() && enabled()) {
            queue(recording.getId());
        }
    }

    public boolean enabled() {
        return records.settings().map(SftpStorageSettings::values).map(v -> v.enabled()).orElse(false);
    }

    /** Marks the recording PENDING and sends its request (with the caller's commit). */
    public void queue(long recordingId) {
        records.lockStatus(recordingId, clock.instant()).queue(clock.instant());
        requests.request(recordingId);
    }
}
