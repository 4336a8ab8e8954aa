package io.callrec.application;

import io.callrec.domain.recording.AudioFile;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.infrastructure.storage.AudioPublisher;
import io.callrec.infrastructure.storage.OutputSettings;
import io.callrec.infrastructure.storage.StorageLayout;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.MediaException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Use case: turn a recording's capture into audio. The failure policy is the same everywhere: a capture
 * that cannot be converted (permanent) marks the recording FAILED with the reason; anything else
 * (storage, I/O, a bug) is recorded and thrown, so the request is redelivered and finally dead-lettered.
 */
@Stateless
public class RecordingConversion {

    private static final Logger LOG = Logger.getLogger(RecordingConversion.class.getName());

    private final MediaEngine engine = new MediaEngine();

    @Inject
    ConversionAttempts attempts;

    @Inject
    ConversionOutcomes outcomes;

    @Inject
    StorageLayout layout;

    @Inject
    OutputSettings output;

    @Inject
    OnDemandReplay onDemand;

    public void convert(long recordingId) {
        Optional<ConversionJob> started = attempts.begin(recordingId);
        if (started.isEmpty()) {
            LOG.fine(() -> "recording " + recordingId + " is unknown or already final; nothing to convert");
            return;
        }
        ConversionJob job = started.get();
        LOG.info(() -> "converting recording " + recordingId + " (attempt " + job.attempt() + ")");
        if (!Files.isRegularFile(job.capture())) {
            outcomes.failed(recordingId, OutcomeReason.CAPTURE_MISSING, "the capture file is missing: " + job.capture());
            return;
        }
        Path temporary = null;
        try {
            // The customer's own format, else this instance's (callrec.output.format).
            AudioFormat format = job.customerFormat() != null ? job.customerFormat() : output.format();
            Path target = layout.audioFile(job.customerId(), job.callDate(), recordingId, format.extension());
            temporary = AudioPublisher.temporaryFor(target);
            AudioPublisher.prepareFolder(target);
            MediaPlan plan = onDemand.plan(recordingId, engine.analyse(job.capture()));
            if (plan.neverStarted()) {
                outcomes.suppressed(recordingId, job.capture(), OutcomeReason.NEVER_STARTED,
                        "on-demand recording was never started during the call");
                return;
            }
            ConversionResult result = engine.convert(job.capture(), temporary,
                    output.conversionOptions(format).withSpans(plan.spans()).withPrompts(plan.prompts()));
            AudioPublisher.publish(temporary, target);
            AudioFile audio = new AudioFile(target.toString(), format.label(), Files.size(target),
                    AudioPublisher.sha256(target), result.durationMillis());
            if (result.partial()) {
                outcomes.partial(recordingId, job.capture(), audio, result.toJson(), result.partialReason());
            } else {
                outcomes.available(recordingId, job.capture(), audio, result.toJson());
            }
        } catch (MediaException e) {
            deleteQuietly(temporary);
            if (e.reason() == MediaException.Reason.IO_ERROR) {
                throw retry(recordingId, e);
            }
            outcomes.failed(recordingId, reasonOf(e.reason()), e.getMessage());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw retry(recordingId, e);
        }
    }

    /** The capture itself is unusable: these never get better by trying again. */
    static OutcomeReason reasonOf(MediaException.Reason reason) {
        return switch (reason) {
            case NOT_A_CAPTURE -> OutcomeReason.NOT_A_CAPTURE;
            case TRUNCATED -> OutcomeReason.TRUNCATED_CAPTURE;
            case NO_RTP_STREAMS -> OutcomeReason.NO_RTP_STREAMS;
            case UNSUPPORTED_CODEC -> OutcomeReason.UNSUPPORTED_CODEC;
            case BAD_SIDE_FILE -> OutcomeReason.BAD_SIDE_FILE;
            case CALL_NOT_FOUND -> OutcomeReason.CALL_NOT_FOUND;
            case IO_ERROR -> throw new IllegalArgumentException("I/O errors are transient, not an outcome");
        };
    }

    private ConversionRetryException retry(long recordingId, Exception cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        LOG.log(Level.WARNING, "conversion of recording " + recordingId + " failed, will retry: " + error);
        attempts.recordError(recordingId, error);
        return new ConversionRetryException(recordingId, cause);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the temporary file " + file, e);
        }
    }
}
