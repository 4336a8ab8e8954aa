package io.callrec.application;

import io.callrec.domain.clock.ClockAlignment;
import io.callrec.domain.recording.AudioFile;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.domain.recording.OutputCheck;
import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.storage.AudioPublisher;
import io.callrec.infrastructure.storage.CompletenessSettings;
import io.callrec.infrastructure.storage.OutputSettings;
import io.callrec.infrastructure.storage.StorageLayout;
import io.callrec.media.engine.CallInfo;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.MediaException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Use case: turn a recording's capture into audio. The steps: analyse the capture (its control signals
 * and the clock anchor of its call), line the call record's clock up with the capture's, replay the
 * on-demand and transfer policies on the capture's timeline, convert what they keep, and judge the
 * output against what the capture holds ({@link OutputCheck}) before publishing it: an empty output is
 * never published, a short one is PARTIAL with the reason. The failure policy is the same everywhere: a
 * capture that cannot be converted (permanent) marks the recording FAILED with the reason; anything else
 * (storage, I/O, a bug) is recorded and thrown, so the request is redelivered and finally dead-lettered.
 * <p>
 * Safe to run twice for one recording, at once or one after the other (a redelivery after an instance
 * died mid-conversion, a requeue while the first attempt still runs): each attempt writes its own
 * temporary file, and {@link ConversionOutcomes} renames it over the recording's audio path only while
 * holding the recording's row lock and only if no attempt has finished it yet; a later attempt finds it
 * final and drops its file. So one recording, one file, one outcome event, whichever instance wins.
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

    @Inject
    CaptureClock captureClock;

    @Inject
    CompletenessSettings completeness;

    public void convert(long recordingId) {
        Optional<ConversionJob> started = attempts.begin(recordingId);
        if (started.isEmpty()) {
            LOG.fine(() -> "recording " + recordingId + " is unknown or already final; nothing to convert");
            return;
        }
        ConversionJob job = started.get();
        LOG.info(() -> "converting recording " + recordingId + " (attempt " + job.attempt() + ")");
        if (!Files.isRegularFile(job.capture())) {
            // The path goes to the log only: the reason is shown to the recording's customer and account.
            LOG.warning(() -> "recording " + recordingId + ": the capture file is missing: " + job.capture());
            outcomes.failed(recordingId, OutcomeReason.CAPTURE_MISSING, "the capture file is missing from the spool");
            return;
        }
        Path temporary = null;
        try {
            // The customer's own format, else this instance's (callrec.output.format).
            AudioFormat format = job.customerFormat() != null ? job.customerFormat() : output.format();
            Path target = layout.audioFile(job.customerId(), job.callDate(), recordingId, format.extension());
            temporary = AudioPublisher.temporaryFor(target);
            AudioPublisher.prepareFolder(target);
            ConversionResult analysis = engine.analyse(job.capture());
            ClockAlignment clock = captureClock.align(recordingId, analysis);
            MediaPlan plan = onDemand.plan(recordingId, analysis, clock);
            if (plan.neverStarted()) {
                outcomes.suppressed(recordingId, job.capture(), OutcomeReason.NEVER_STARTED,
                        "on-demand recording was never started during the call");
                return;
            }
            ConversionResult converted = engine.convert(job.capture(), temporary,
                    output.conversionOptions(format).withSpans(plan.spans()).withPrompts(plan.prompts()));
            ConversionResult result = clock.anchored()
                    ? converted.withClockOffset(clock.offsetMillis(), CaptureClock.anchorOf(clock)) : converted;
            OutputCheck.Verdict verdict = OutputCheck.judge(plan.stretches(), clock.callEnd(), capturedCall(analysis),
                    result.durationMillis(), result.partialReason(), whyOutside(clock), completeness.outputTolerance());
            if (verdict.state() == RecordingState.FAILED) {
                deleteQuietly(temporary);
                outcomes.failed(recordingId, verdict.code(), verdict.reason());
                return;
            }
            AudioFile audio = new AudioFile(target.toString(), format.label(), Files.size(temporary),
                    AudioPublisher.sha256(temporary), result.durationMillis());
            if (verdict.state() == RecordingState.PARTIAL) {
                outcomes.partial(recordingId, job.capture(), temporary, audio, result.toJson(), verdict.code(),
                        verdict.reason());
            } else {
                outcomes.available(recordingId, job.capture(), temporary, audio, result.toJson());
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

    /**
     * What the capture holds of the converted call, from the analysis pass (the whole call, uncut): its
     * media from the first to the last mixed sample, the call widened to its SIP answer and BYE, and
     * whether a call answered in the capture has no BYE in it (the capture was cut, or the call went on).
     */
    static OutputCheck.Capture capturedCall(ConversionResult analysis) {
        Instant first = Instant.ofEpochSecond(0, analysis.originEpochNanos());
        OutputCheck.Stretch media = new OutputCheck.Stretch(first, first.plusMillis(analysis.durationMillis()));
        Instant start = media.start();
        Instant end = media.end();
        boolean byeMissing = false;
        for (CallInfo call : analysis.calls()) {
            if (call.converted() && call.answerMillis() >= 0 && call.byeMillis() < 0) {
                byeMissing = true;
            }
            if (call.converted() && call.answerMillis() >= 0) {
                Instant answer = Instant.ofEpochMilli(call.answerMillis());
                start = answer.isBefore(start) ? answer : start;
            }
            if (call.converted() && call.byeMillis() >= 0) {
                Instant bye = Instant.ofEpochMilli(call.byeMillis());
                end = bye.isAfter(end) ? bye : end;
            }
        }
        return new OutputCheck.Capture(media, new OutputCheck.Stretch(start, end), byeMissing);
    }

    /** Why recorded spans can lie outside the captured call: the clocks, or a capture that does not cover them. */
    private static String whyOutside(ClockAlignment clock) {
        return clock.anchored() ? "the capture does not cover them, though " + clock.describe() : clock.describe();
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
