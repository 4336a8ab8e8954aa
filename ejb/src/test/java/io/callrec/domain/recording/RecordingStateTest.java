package io.callrec.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingStateTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Recording pending() {
        return Recording.pending("c1", NOW.minusSeconds(60), Path.of("/spool/x.cap").toString(), NOW);
    }

    @Test
    void everyOutcomeIsFinalAndOnlyTheWaitingStatesAreNot() {
        assertThat(RecordingState.AVAILABLE.isFinal()).isTrue();
        assertThat(RecordingState.PARTIAL.isFinal()).isTrue();
        assertThat(RecordingState.FAILED.isFinal()).isTrue();
        assertThat(RecordingState.SUPPRESSED.isFinal()).isTrue();
        assertThat(RecordingState.PENDING.isFinal()).isFalse();
        assertThat(RecordingState.CONVERTING.isFinal()).isFalse();
    }

    @Test
    void outcomesWithAudioOrSuppressedNeverChangeAgain() {
        for (RecordingState from : new RecordingState[] {RecordingState.AVAILABLE, RecordingState.PARTIAL,
                RecordingState.SUPPRESSED}) {
            for (RecordingState next : RecordingState.values()) {
                assertThat(from.canMoveTo(next)).as("%s -> %s", from, next).isFalse();
            }
        }
    }

    @Test
    void conversionAttemptsAreCountedAndRetriesStayConverting() {
        Recording r = pending();
        r.beginAttempt(NOW);
        r.recordAttemptError("disk full", NOW);
        r.beginAttempt(NOW.plusSeconds(1));
        assertThat(r.getState()).isEqualTo(RecordingState.CONVERTING);
        assertThat(r.getAttempts()).isEqualTo(2);
        assertThat(r.getLastError()).isEqualTo("disk full");
    }

    @Test
    void becomingAvailableRecordsTheAudioAndReleasesTheCapture() {
        Recording r = pending();
        r.beginAttempt(NOW);
        r.becomeAvailable(new AudioFile("/rec/1.wav", "wav", 1044, "ab", 65), "{}", NOW.plusSeconds(2));
        assertThat(r.getState()).isEqualTo(RecordingState.AVAILABLE);
        assertThat(r.getSizeBytes()).isEqualTo(1044);
        assertThat(r.getDurationMillis()).isEqualTo(65);
        assertThat(r.getCapturePath()).isNull();
        assertThat(r.getCompletedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void pendingRecordingCannotBecomeAvailableWithoutAnAttempt() {
        Recording r = pending();
        assertThatThrownBy(() -> r.becomeAvailable(new AudioFile("/a", "wav", 1, "x", 1), null, NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("PENDING to AVAILABLE");
    }

    @Test
    void failureKeepsTheCaptureAndALongReasonIsShortened() {
        Recording r = pending();
        r.fail(OutcomeReason.NO_RTP_STREAMS, "x".repeat(5000), NOW);
        assertThat(r.getState()).isEqualTo(RecordingState.FAILED);
        assertThat(r.getReasonCode()).isEqualTo(OutcomeReason.NO_RTP_STREAMS);
        assertThat(r.getCapturePath()).isEqualTo(Path.of("/spool/x.cap").toString());
        assertThat(r.getFailureReason()).hasSize(Recording.REASON_LENGTH).endsWith("…");
    }

    @Test
    void partialKeepsTheAudioAndSaysWhatIsMissing() {
        Recording r = pending();
        r.beginAttempt(NOW);
        r.becomePartial(new AudioFile("/rec/1.wav", "wav", 1044, "ab", 65), "{}", "capture cut short after 2.1 s", NOW);
        assertThat(r.getState()).isEqualTo(RecordingState.PARTIAL);
        assertThat(r.getReasonCode()).isEqualTo(OutcomeReason.AUDIO_INCOMPLETE);
        assertThat(r.getFailureReason()).isEqualTo("capture cut short after 2.1 s");
        assertThat(r.getState().hasAudio()).isTrue();
    }

    @Test
    void emptyAudioIsNeverAvailable() {
        Recording r = pending();
        r.beginAttempt(NOW);
        assertThatThrownBy(() -> r.becomeAvailable(new AudioFile("/rec/1.wav", "wav", 44, "ab", 0), "{}", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never AVAILABLE");
        assertThat(r.getState()).isEqualTo(RecordingState.CONVERTING);
    }

    @Test
    void partialCarriesTheCodeOfWhatIsMissing() {
        Recording r = pending();
        r.beginAttempt(NOW);
        r.becomePartial(new AudioFile("/rec/1.wav", "wav", 1044, "ab", 65), "{}", OutcomeReason.SPANS_OUTSIDE_CAPTURE,
                "3000 ms of the 5000 ms recorded span lie outside the captured call", NOW);
        assertThat(r.getState()).isEqualTo(RecordingState.PARTIAL);
        assertThat(r.getReasonCode()).isEqualTo(OutcomeReason.SPANS_OUTSIDE_CAPTURE);
    }

    @Test
    void suppressedRecordingReleasesItsCapture() {
        Recording r = pending();
        r.suppress(OutcomeReason.NOT_RECORDED_BY_POLICY, "account 7 records no incoming calls", NOW);
        assertThat(r.getState()).isEqualTo(RecordingState.SUPPRESSED);
        assertThat(r.getCapturePath()).isNull();
    }

    @Test
    void failedRecordingCanBeQueuedAgainWhileItHasItsCapture() {
        Recording r = pending();
        r.fail(OutcomeReason.RETRIES_EXHAUSTED, "disk", NOW);
        r.requeue(NOW.plusSeconds(5));
        assertThat(r.getState()).isEqualTo(RecordingState.PENDING);
        assertThat(r.getRequeues()).isEqualTo(1);
        assertThat(r.getReasonCode()).isNull();
        assertThat(r.getCompletedAt()).isNull();
    }

    @Test
    void expiryRemovesTheFilesButKeepsTheOutcome() {
        Recording r = pending();
        r.beginAttempt(NOW);
        r.becomeAvailable(new AudioFile("/rec/1.wav", "wav", 1044, "ab", 65), "{}", NOW);
        r.expire(NOW.plusSeconds(60));
        assertThat(r.isExpired()).isTrue();
        assertThat(r.getAudioPath()).isNull();
        assertThat(r.getState()).isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    void waitingRecordingCannotExpire() {
        assertThatThrownBy(() -> pending().expire(NOW)).isInstanceOf(IllegalTransitionException.class);
    }
}
