package io.callrec.application;

import io.callrec.domain.recording.AudioFile;
import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

/** Final outcomes of a conversion, recorded in the caller's transaction. */
@Stateless
public class ConversionOutcomes {

    private static final Logger LOG = Logger.getLogger(ConversionOutcomes.class.getName());

    /** Relative URL of a recording's audio, the xDR's "Play" link. */
    public static String playLink(long recordingId) {
        return "/api/v1/recordings/" + recordingId + "/audio";
    }

    @Inject
    Recordings recordings;

    @Inject
    Clock clock;

    @Inject
    Event<RecordingAvailable> available;

    public void available(long recordingId, Path capture, AudioFile audio, String statisticsJson) {
        Recording recording = recordings.lockForUpdate(recordingId).orElseThrow();
        recording.becomeAvailable(audio, statisticsJson, clock.instant());
        recordings.xdrsOf(recording).forEach(x -> x.linkPlayback(playLink(recordingId)));
        available.fire(new RecordingAvailable(recordingId, capture));
        LOG.info(() -> "recording " + recordingId + " is available: " + audio.path());
    }

    public void failed(long recordingId, String reason) {
        recordings.lockForUpdate(recordingId).filter(r -> !r.getState().isFinal()).ifPresent(r -> {
            r.fail(reason, clock.instant());
            LOG.warning(() -> "recording " + recordingId + " FAILED: " + reason);
        });
    }

    /** The broker gave up redelivering: the last recorded error becomes the reason. */
    public void gaveUp(long recordingId, int deliveries) {
        recordings.find(recordingId).ifPresent(r -> failed(recordingId,
                "conversion failed after " + Math.max(deliveries, r.getAttempts()) + " attempts: "
                        + (r.getLastError() == null ? "no error was recorded" : r.getLastError())));
    }
}
