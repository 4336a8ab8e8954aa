package io.callrec.domain.account;

import static io.callrec.domain.product.RecordingOption.ALLOW_MANUAL_START_STOP;
import static io.callrec.domain.product.RecordingOption.AUTO_RECORD_INCOMING;
import static io.callrec.domain.product.RecordingOption.AUTO_RECORD_OUTGOING;
import static io.callrec.domain.product.RecordingOption.PLAY_ANNOUNCEMENT;
import static io.callrec.domain.product.RecordingOption.SHOW_TO_MYSELF_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.domain.product.RecordingOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EffectiveConfigurationPolicyTest {

    private static final RecordingFeature INCOMING_WITH_ANNOUNCEMENT =
            RecordingFeature.of(EnumSet.of(AUTO_RECORD_INCOMING, PLAY_ANNOUNCEMENT));
    private static final RecordingFeature ON_DEMAND_ADD_ON = RecordingFeature.of(EnumSet.of(ALLOW_MANUAL_START_STOP));

    private static EffectiveConfiguration effective(List<RecordingFeature> features, Map<RecordingOption, OptionSetting> settings) {
        return EffectiveConfigurationPolicy.of(new EffectiveConfigurationPolicy.Inputs(features,
                ServiceConfiguration.of(settings), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void inheritedOptionsTakeTheProductValues() {
        EffectiveConfiguration c = effective(List.of(INCOMING_WITH_ANNOUNCEMENT), Map.of());
        assertThat(c.callRecording()).isTrue();
        assertThat(c.enabled()).containsExactlyInAnyOrder(AUTO_RECORD_INCOMING, PLAY_ANNOUNCEMENT);
    }

    @Test
    void accountSettingsOverrideTheProductBothWays() {
        EffectiveConfiguration c = effective(List.of(INCOMING_WITH_ANNOUNCEMENT),
                Map.of(AUTO_RECORD_INCOMING, OptionSetting.OFF, AUTO_RECORD_OUTGOING, OptionSetting.ON));
        assertThat(c.enabled()).containsExactlyInAnyOrder(AUTO_RECORD_OUTGOING, PLAY_ANNOUNCEMENT);
    }

    @Test
    void addOnsAddOptionsToTheBaseProduct() {
        EffectiveConfiguration c = effective(List.of(INCOMING_WITH_ANNOUNCEMENT, ON_DEMAND_ADD_ON), Map.of());
        assertThat(c.enabled()).containsExactlyInAnyOrder(AUTO_RECORD_INCOMING, PLAY_ANNOUNCEMENT, ALLOW_MANUAL_START_STOP);
    }

    @Test
    void withoutTheFeatureAccountSettingsTurnNothingOn() {
        EffectiveConfiguration c = effective(List.of(), Map.of(AUTO_RECORD_INCOMING, OptionSetting.ON,
                SHOW_TO_MYSELF_ONLY, OptionSetting.ON));
        assertThat(c.callRecording()).isFalse();
        assertThat(c.enabled()).isEmpty();
    }

    @Test
    void codesDefaultToStar44AndStar45() {
        EffectiveConfiguration c = effective(List.of(ON_DEMAND_ADD_ON), Map.of());
        assertThat(c.codes()).isEqualTo(new DtmfCodes("*44", "*45"));
        assertThat(c.codeSource()).isEqualTo(CodeSource.DEFAULT);
    }

    @Test
    void customCodesWinOverAccountRuleWhichWinsOverCustomerRule() {
        DtmfCodes custom = new DtmfCodes("#1", "#2");
        DtmfCodes account = new DtmfCodes("*71", "*72");
        DtmfCodes customer = new DtmfCodes("*81", "*82");
        ServiceConfiguration none = ServiceConfiguration.inheritAll();
        List<RecordingFeature> f = List.of(ON_DEMAND_ADD_ON);
        assertThat(EffectiveConfigurationPolicy.of(new EffectiveConfigurationPolicy.Inputs(f, none,
                Optional.of(custom), Optional.of(account), Optional.of(customer))))
                .extracting(EffectiveConfiguration::codes, EffectiveConfiguration::codeSource)
                .containsExactly(custom, CodeSource.CUSTOM);
        assertThat(EffectiveConfigurationPolicy.of(new EffectiveConfigurationPolicy.Inputs(f, none,
                Optional.empty(), Optional.of(account), Optional.of(customer))))
                .extracting(EffectiveConfiguration::codes, EffectiveConfiguration::codeSource)
                .containsExactly(account, CodeSource.ACCOUNT_RULE);
        assertThat(EffectiveConfigurationPolicy.of(new EffectiveConfigurationPolicy.Inputs(f, none,
                Optional.empty(), Optional.empty(), Optional.of(customer))))
                .extracting(EffectiveConfiguration::codes, EffectiveConfiguration::codeSource)
                .containsExactly(customer, CodeSource.CUSTOMER_RULE);
    }

    @Test
    void settingsChangeKeepsTheOtherOptions() {
        ServiceConfiguration c = ServiceConfiguration.of(Map.of(AUTO_RECORD_INCOMING, OptionSetting.OFF))
                .with(Map.of(PLAY_ANNOUNCEMENT, OptionSetting.ON));
        assertThat(c.get(AUTO_RECORD_INCOMING)).isEqualTo(OptionSetting.OFF);
        assertThat(c.get(PLAY_ANNOUNCEMENT)).isEqualTo(OptionSetting.ON);
        assertThat(c.get(AUTO_RECORD_OUTGOING)).isEqualTo(OptionSetting.INHERIT);
        assertThat(Set.copyOf(c.asMap().keySet())).hasSize(RecordingOption.values().length);
    }
}
