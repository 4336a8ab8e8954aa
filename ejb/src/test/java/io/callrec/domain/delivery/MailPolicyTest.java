package io.callrec.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.RecordingState;
import org.junit.jupiter.api.Test;

class MailPolicyTest {

    private static MailPolicy.Decision decide(boolean enabled, boolean classNotifies, boolean sendViaEmail, String email,
                                              RecordingState state) {
        return MailPolicy.decide(new MailPolicy.Inputs(enabled, classNotifies, sendViaEmail, email, state));
    }

    @Test
    void allFourConditionsAndAnAvailableRecordingSendTheMail() {
        assertThat(decide(true, true, true, "alice@example.net", RecordingState.AVAILABLE).send()).isTrue();
    }

    @Test
    void aPartialRecordingIsMailedToo() {
        assertThat(decide(true, true, true, "alice@example.net", RecordingState.PARTIAL).send()).isTrue();
    }

    @Test
    void recordsDeliveryOffSwitchesTheMailOff() {
        MailPolicy.Decision d = decide(false, true, true, "alice@example.net", RecordingState.AVAILABLE);
        assertThat(d.send()).isFalse();
        assertThat(d.reason()).contains("RecordsDelivery.Enabled");
    }

    @Test
    void aCustomerClassWithoutTheNotificationSwitchesTheMailOff() {
        MailPolicy.Decision d = decide(true, false, true, "alice@example.net", RecordingState.AVAILABLE);
        assertThat(d.send()).isFalse();
        assertThat(d.reason()).contains("New call recording is available");
    }

    @Test
    void anAccountWithoutTheEmailOptionSwitchesTheMailOff() {
        MailPolicy.Decision d = decide(true, true, false, "alice@example.net", RecordingState.AVAILABLE);
        assertThat(d.send()).isFalse();
        assertThat(d.reason()).contains("send the call recording via email");
    }

    @Test
    void anAccountWithoutAnAddressSwitchesTheMailOff() {
        assertThat(decide(true, true, true, null, RecordingState.AVAILABLE).send()).isFalse();
        assertThat(decide(true, true, true, "  ", RecordingState.AVAILABLE).reason()).contains("no e-mail address");
    }

    @Test
    void aRecordingWithoutAudioIsNeverMailed() {
        for (RecordingState s : new RecordingState[] {RecordingState.FAILED, RecordingState.SUPPRESSED,
                RecordingState.PENDING, RecordingState.CONVERTING}) {
            assertThat(decide(true, true, true, "alice@example.net", s).send()).as(s.name()).isFalse();
        }
    }
}
