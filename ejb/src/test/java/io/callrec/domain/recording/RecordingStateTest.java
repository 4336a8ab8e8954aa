package io.callrec.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordingStateTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Recording pending() {
        return Recording.pending("c1", LocalDate.of(2026, 11, 26), Path.of("/spool/x.cap").toString(), NOW);
    }

    @Test
    void onlyAvailableAndFailedAreFinal() {
        assertThat(RecordingState.AVAILABLE.isFinal()).isTrue();
        assertThat(RecordingState.FAILED.isFinal()).isTrue();
        assertThat(RecordingState.PENDING.isFinal()).isFalse();
        assertThat(RecordingState.CONVERTING.isFinal()).isFalse();
    }

    @Test
    void availableRecordingCannotChangeAgain() {
        for (RecordingState next : RecordingState.values()) {
            assertThat(RecordingState.AVAILABLE.canMoveTo(next)).as("AVAILABLE -> %s", next).isFalse();
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
        r.fail("x".repeat(5000), NOW);
        assertThat(r.getState()).isEqualTo(RecordingState.FAILED);
        assertThat(r.getCapturePath()).isEqualTo(Path.of("/spool/x.cap").toString());
        assertThat(r.getFailureReason()).hasSize(Recording.REASON_LENGTH).endsWith("…");
    }
}
