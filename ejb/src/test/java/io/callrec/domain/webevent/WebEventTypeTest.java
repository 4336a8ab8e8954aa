package io.callrec.domain.webevent;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.RecordingState;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebEventTypeTest {

    @Test
    void aNewRecordingSubscriberIsSentAvailableAndPartialOutcomes() {
        assertThat(WebEventType.outcomesOf(List.of(WebEventType.NewCallRecordingIsAvailable)))
                .containsExactlyInAnyOrder(RecordingState.AVAILABLE, RecordingState.PARTIAL);
    }

    @Test
    void aFailureSubscriberIsSentFailedOutcomesOnly() {
        assertThat(WebEventType.outcomesOf(List.of(WebEventType.CallRecordingFailed))).containsExactly(RecordingState.FAILED);
    }

    @Test
    void noOutcomeOfAHandlerIsEverSuppressedOrUnfinished() {
        assertThat(WebEventType.outcomesOf(List.of(WebEventType.values())))
                .containsExactlyInAnyOrder(RecordingState.AVAILABLE, RecordingState.PARTIAL, RecordingState.FAILED);
        assertThat(WebEventType.outcomesOf(List.of())).isEmpty();
    }
}
