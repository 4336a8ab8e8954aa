package io.callrec.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.StuckPolicy.Decision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StuckPolicyTest {

    private final StuckPolicy policy = new StuckPolicy(Duration.ofMinutes(45), 3);
    private final Instant changed = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void recordingInsideItsTimeBudgetIsLeftAlone() {
        assertThat(policy.decide(RecordingState.CONVERTING, changed, 0, true, changed.plus(Duration.ofMinutes(45))))
                .isEqualTo(Decision.LEAVE);
    }

    @Test
    void stuckRecordingIsRequeuedUpToTheLimitThenFailed() {
        Instant later = changed.plus(Duration.ofMinutes(46));
        assertThat(policy.decide(RecordingState.PENDING, changed, 0, true, later)).isEqualTo(Decision.REQUEUE);
        assertThat(policy.decide(RecordingState.CONVERTING, changed, 2, true, later)).isEqualTo(Decision.REQUEUE);
        assertThat(policy.decide(RecordingState.CONVERTING, changed, 3, true, later)).isEqualTo(Decision.FAIL);
        assertThat(policy.failureReason(RecordingState.CONVERTING, 3))
                .isEqualTo("stuck in CONVERTING for more than 45 minutes after 3 re-queues");
    }

    @Test
    void stuckRecordingWithoutItsCaptureFailsAtOnce() {
        assertThat(policy.decide(RecordingState.PENDING, changed, 0, false, changed.plus(Duration.ofHours(2))))
                .isEqualTo(Decision.FAIL);
    }

    @Test
    void finalRecordingIsNeverTouched() {
        assertThat(policy.decide(RecordingState.FAILED, changed, 0, true, changed.plus(Duration.ofDays(9))))
                .isEqualTo(Decision.LEAVE);
    }
}
