package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ServiceFormsTest {

    @Test
    void settingsAreReadAndAbsentOptionsInherit() {
        var settings = ServiceForms.settings(JsonBody.parse("{\"playAnnouncement\":\"ON\",\"sendViaEmail\":\"off\"}"));
        assertThat(settings).containsEntry(RecordingOption.PLAY_ANNOUNCEMENT, OptionSetting.ON)
                .containsEntry(RecordingOption.SEND_VIA_EMAIL, OptionSetting.OFF).hasSize(2);
    }

    @Test
    void unknownOptionAndBadSettingAreNamed() {
        assertThatThrownBy(() -> ServiceForms.settings(JsonBody.parse("{\"record\":{\"x\":\"on\"}}").object("record")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("field 'record.x' is not a recording option");
        assertThatThrownBy(() -> ServiceForms.settings(JsonBody.parse("{\"playAnnouncement\":\"yes\"}")))
                .hasMessage("field 'playAnnouncement' must be one of inherit, on, off, not 'yes'");
    }

    @Test
    void featureOptionsMustBeBooleans() {
        assertThatThrownBy(() -> ServiceForms.feature(JsonBody.parse("{\"c\":{\"autoRecordIncoming\":\"on\"}}").object("c")))
                .hasMessage("field 'c.autoRecordIncoming' must be true or false");
    }

    @Test
    void grantsAreReadAndUnknownPermissionsNamed() {
        assertThat(ServiceForms.grants(JsonBody.parse("{\"showToMyselfOnly\":[\"view\",\"modify\"]}")))
                .containsExactlyInAnyOrder(new Grant(Attribute.SHOW_TO_MYSELF_ONLY, Permission.VIEW),
                        new Grant(Attribute.SHOW_TO_MYSELF_ONLY, Permission.MODIFY));
        assertThatThrownBy(() -> ServiceForms.grants(JsonBody.parse("{\"showToMyselfOnly\":[\"delete\"]}")))
                .hasMessage("field 'showToMyselfOnly' may hold view and modify, not 'delete'");
    }

    @Test
    void badCodesAreNamedUnderTheirObject() {
        assertThatThrownBy(() -> ServiceForms.codes(JsonBody.parse("{\"customCodes\":{\"start\":\"*4x\",\"stop\":\"*45\"}}")
                .object("customCodes")))
                .hasMessage("field 'customCodes.start' may only hold 0-9, *, #, A-D, not '*4x'");
        assertThatThrownBy(() -> ServiceForms.codes(JsonBody.parse("{\"customCodes\":{\"start\":\"*44\"}}").object("customCodes")))
                .hasMessage("field 'customCodes.stop' is required");
    }

    @Test
    void bodyThatIsNotAnObjectIsExplained() {
        assertThatThrownBy(() -> JsonBody.parse("[]")).hasMessage("field '(body)' must be a JSON object");
        assertThatThrownBy(() -> JsonBody.parse("")).hasMessageStartingWith("field '(body)' is missing");
    }
}
