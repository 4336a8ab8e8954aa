package io.callrec.application.conversion;

import io.callrec.application.delivery.MailQueue;
import io.callrec.application.export.ExportQueue;
import io.callrec.application.lifecycle.FilesReleased;
import io.callrec.domain.recording.AudioFile;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import io.callrec.infrastructure.storage.AudioPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Final outcomes of a conversion, recorded in the caller's transaction together with their outbox
 * event, the mail requests for audio its entitled accounts are to receive by e-mail (one per account)
 * and the export request for audio while SFTP export is on; files no longer needed are released only
 * after the commit.
 */
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
    Event<FilesReleased> released;

    @Inject
    MailQueue mail;

    @Inject
    ExportQueue exports;

    /** Publishes the converted {@code temporary} file as the recording's audio; see {@link #withAudio}. */
    public void available(long recordingId, Path capture, Path temporary, AudioFile audio, String statisticsJson)
            throws IOException {
        withAudio(recordingId, capture, temporary, audio, r -> r.becomeAvailable(audio, statisticsJson, clock.instant()));
    }

    public void partial(long recordingId, Path capture, Path temporary, AudioFile audio, String statisticsJson,
                        OutcomeReason code, String why) throws IOException {
        withAudio(recordingId, capture, temporary, audio,
                r -> r.becomePartial(audio, statisticsJson, code, why, clock.instant()));
    }

    /**
     * Under the recording's row lock: if another attempt already finished the recording (two deliveries of
     * one request), its file and outcome stand and this attempt's file is dropped; otherwise the file is
     * renamed into place (atomically, replacing what a crashed attempt may have left) and the outcome is
     * recorded in this transaction. A crash between the rename and the commit leaves the recording
     * unfinished, so the redelivered request converts it again into the same path.
     */
    private void withAudio(long recordingId, Path capture, Path temporary, AudioFile audio,
                           Consumer<Recording> change) throws IOException {
        Recording recording = recordings.lockFresh(recordingId).orElseThrow();
        if (recording.getState().isFinal()) {
            Files.deleteIfExists(temporary);
            LOG.info(() -> "recording " + recordingId + " was already " + recording.getState()
                    + " (another delivery of its request finished first); this attempt's audio is dropped");
            return;
        }
        AudioPublisher.publish(temporary, Path.of(audio.path()));
        change.accept(recording);
        recordings.xdrsOf(recording).forEach(x -> x.linkPlayback(playLink(recordingId)));
        recordings.record(RecordingEvent.outcomeOf(recording));
        mail.onOutcome(recording);
        exports.afterOutcome(recording);
        releaseCapture(recording, capture);
        LOG.info(() -> "recording " + recordingId + " is " + recording.getState() + ": " + recording.getAudioPath());
    }

    /** Deliberately nothing to render (e.g. on-demand recording never started): the capture is released. */
    public void suppressed(long recordingId, Path capture, OutcomeReason code, String reason) {
        recordings.lockFresh(recordingId).filter(r -> !r.getState().isFinal()).ifPresent(r -> {
            r.suppress(code, reason, clock.instant());
            recordings.record(RecordingEvent.outcomeOf(r));
            releaseCapture(r, capture);
            LOG.info(() -> "recording " + recordingId + " SUPPRESSED (" + code + "): " + reason);
        });
    }

    /** The capture goes after the commit, unless another account's recording of the call still needs it. */
    private void releaseCapture(Recording recording, Path capture) {
        if (recordings.captureNeededElsewhere(recording, capture.toString())) {
            LOG.info(() -> "recording " + recording.getId() + ": the capture stays for another recording of the call");
            return;
        }
        released.fire(new FilesReleased(recording.getId(), List.of(capture)));
    }

    public void failed(long recordingId, OutcomeReason code, String reason) {
        recordings.lockFresh(recordingId).filter(r -> !r.getState().isFinal()).ifPresent(r -> {
            r.fail(code, reason, clock.instant());
            recordings.record(RecordingEvent.outcomeOf(r));
            LOG.warning(() -> "recording " + recordingId + " FAILED (" + code + "): " + reason);
        });
    }

    /** The broker gave up redelivering: the last recorded error becomes the reason. */
    public void gaveUp(long recordingId, int deliveries) {
        recordings.find(recordingId).ifPresent(r -> failed(recordingId, OutcomeReason.RETRIES_EXHAUSTED,
                "conversion failed after " + Math.max(deliveries, r.getAttempts()) + " attempts: "
                        + (r.getLastError() == null ? "no error was recorded" : r.getLastError())));
    }
}
