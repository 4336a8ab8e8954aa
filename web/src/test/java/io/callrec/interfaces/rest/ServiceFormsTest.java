package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceFormsTest {

    @Test
    void settingsAreReadAndAbsentOptionsInherit() {
        var settings = ServiceForms.settings(Map.of("playAnnouncement", "ON", "sendViaEmail", "off"), "");
        assertThat(settings).containsEntry(RecordingOption.PLAY_ANNOUNCEMENT, OptionSetting.ON)
                .containsEntry(RecordingOption.SEND_VIA_EMAIL, OptionSetting.OFF).hasSize(2);
    }

    @Test
    void unknownOptionAndBadSettingAreNamed() {
        assertThatThrownBy(() -> ServiceForms.settings(Map.of("x", "on"), "record"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("field 'record.x' is not a recording option");
        assertThatThrownBy(() -> ServiceForms.settings(Map.of("playAnnouncement", "yes"), ""))
                .hasMessage("field 'playAnnouncement' must be one of inherit, on, off, not 'yes'");
    }

    @Test
    void featureTurnsOnTheOptionsSetTrueAndNamesUnknownOnes() {
        assertThat(ServiceForms.feature(Map.of("autoRecordIncoming", true, "playAnnouncement", false), "c")
                .isOn(RecordingOption.AUTO_RECORD_INCOMING)).isTrue();
        assertThat(ServiceForms.feature(null, "c")).isNull();
        assertThatThrownBy(() -> ServiceForms.feature(Map.of("autoRecordSometimes", true), "callRecording"))
                .hasMessageStartingWith("field 'callRecording.autoRecordSometimes' is not a recording option");
    }

    @Test
    void grantsAreReadAndUnknownPermissionsNamed() {
        assertThat(ServiceForms.grants(Map.of("showToMyselfOnly", List.of("view", "modify")), ""))
                .containsExactlyInAnyOrder(new Grant(Attribute.SHOW_TO_MYSELF_ONLY, Permission.VIEW),
                        new Grant(Attribute.SHOW_TO_MYSELF_ONLY, Permission.MODIFY));
        assertThatThrownBy(() -> ServiceForms.grants(Map.of("showToMyselfOnly", List.of("delete")), ""))
                .hasMessage("field 'showToMyselfOnly' may hold view and modify, not 'delete'");
    }

    @Test
    void badCodesAreNamedUnderTheirObject() {
        assertThatThrownBy(() -> ServiceForms.codes(new ServiceForms.Codes("*4x", "*45"), "customCodes"))
                .hasMessage("field 'customCodes.start' may only hold 0-9, *, #, A-D, not '*4x'");
    }
}
