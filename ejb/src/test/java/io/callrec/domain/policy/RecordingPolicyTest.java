package io.callrec.domain.policy;

import static io.callrec.domain.product.RecordingOption.ALLOW_MANUAL_START_STOP;
import static io.callrec.domain.product.RecordingOption.AUTO_RECORD_INCOMING;
import static io.callrec.domain.product.RecordingOption.AUTO_RECORD_OUTGOING;
import static io.callrec.domain.product.RecordingOption.AUTO_RECORD_REDIRECTED;
import static io.callrec.domain.product.RecordingOption.PLAY_ANNOUNCEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.account.CodeSource;
import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.xdr.CallDirection;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordingPolicyTest {

    private static RecordingDecision decide(Set<RecordingOption> on, CallDirection direction) {
        return RecordingPolicy.decide(new EffectiveConfiguration(true, on, DtmfCodes.DEFAULTS, CodeSource.DEFAULT), direction);
    }

    @Test
    void eachDirectionFollowsItsAutoRecordOption() {
        assertThat(decide(Set.of(AUTO_RECORD_INCOMING), CallDirection.INCOMING).record()).isTrue();
        assertThat(decide(Set.of(AUTO_RECORD_INCOMING), CallDirection.OUTGOING).record()).isFalse();
        assertThat(decide(Set.of(AUTO_RECORD_OUTGOING), CallDirection.OUTGOING).record()).isTrue();
        assertThat(decide(Set.of(AUTO_RECORD_REDIRECTED), CallDirection.REDIRECTED).record()).isTrue();
        assertThat(decide(Set.of(AUTO_RECORD_REDIRECTED), CallDirection.INCOMING).record()).isFalse();
    }

    @Test
    void forwardedFromVendorIsRecordedOnlyWithBothIncomingAndRedirected() {
        assertThat(decide(Set.of(AUTO_RECORD_INCOMING, AUTO_RECORD_REDIRECTED), CallDirection.FORWARDED).record()).isTrue();
        assertThat(decide(Set.of(AUTO_RECORD_INCOMING), CallDirection.FORWARDED).record()).isFalse();
        assertThat(decide(Set.of(AUTO_RECORD_REDIRECTED), CallDirection.FORWARDED).record()).isFalse();
    }

    @Test
    void onDemandFollowsManualStartStopAndCarriesTheCodes() {
        RecordingDecision d = decide(Set.of(ALLOW_MANUAL_START_STOP), CallDirection.OUTGOING);
        assertThat(d.record()).isFalse();
        assertThat(d.onDemandAllowed()).isTrue();
        assertThat(d.codes()).isEqualTo(new DtmfCodes("*44", "*45"));
    }

    @Test
    void announcementIsPlayedOnlyWhenRecordingMayHappen() {
        assertThat(decide(Set.of(AUTO_RECORD_INCOMING, PLAY_ANNOUNCEMENT), CallDirection.INCOMING).playAnnouncement()).isTrue();
        assertThat(decide(Set.of(ALLOW_MANUAL_START_STOP, PLAY_ANNOUNCEMENT), CallDirection.INCOMING).playAnnouncement()).isTrue();
        assertThat(decide(Set.of(PLAY_ANNOUNCEMENT), CallDirection.INCOMING).playAnnouncement()).isFalse();
        assertThat(decide(Set.of(AUTO_RECORD_INCOMING), CallDirection.INCOMING).playAnnouncement()).isFalse();
    }

    @Test
    void promptsAreMixedIntoTheRecordingUnlessTheSwitchPlayedThemInBand() {
        RecordingDecision announced = decide(Set.of(AUTO_RECORD_INCOMING, PLAY_ANNOUNCEMENT), CallDirection.INCOMING);
        assertThat(announced.mixAnnouncementsIntoRecording(false)).isTrue();
        assertThat(announced.mixAnnouncementsIntoRecording(true)).isFalse();
        assertThat(decide(Set.of(AUTO_RECORD_INCOMING), CallDirection.INCOMING).mixAnnouncementsIntoRecording(false)).isFalse();
    }
}
