package io.callrec.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customer.CustomerClass;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.recording.AudioFormat;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The service model's JSON, as the API answers it (JSON-B, default configuration) and as the audit log
 * keeps it: field for field what the hand-built JSON was, nulls where a reference may be missing.
 */
class ServiceJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void aCustomerWithoutReferencesShowsThemAsNullAndItsEffectiveFormat() {
        Customer acme = new Customer("42", "Acme");
        assertThat(ServiceJson.customer(acme).toString())
                .isEqualTo("{\"id\":\"42\",\"name\":\"Acme\",\"customerClass\":null,\"dialingRule\":null,\"outputFormat\":null}");
        assertThat(JSONB.toJson(ServiceJson.CustomerView.of(acme, AudioFormat.parse("outputFormat", "wav"))))
                .isEqualTo("{\"id\":\"42\",\"name\":\"Acme\",\"customerClass\":null,\"dialingRule\":null,\"outputFormat\":null,"
                        + "\"effectiveOutputFormat\":\"wav\"}");
    }

    @Test
    void aClassifiedCustomerCarriesItsClassesNotification() {
        Customer acme = new Customer("42", "Acme");
        acme.classify(new CustomerClass("gold", "Gold", true));
        acme.keepRecordingsFor(365);
        assertThat(ServiceJson.customer(acme).toString()).isEqualTo("{\"id\":\"42\",\"name\":\"Acme\",\"customerClass\":\"gold\","
                + "\"dialingRule\":null,\"outputFormat\":null,\"retentionDays\":365,\"newRecordingNotification\":true}");
        assertThat(JSONB.toJson(ServiceJson.CustomerClassView.of(new CustomerClass("gold", "Gold", true))))
                .isEqualTo("{\"id\":\"gold\",\"name\":\"Gold\",\"newRecordingNotification\":true}");
    }

    @Test
    void aProductListsEveryOptionOrNullWithoutRecording() {
        Product voice = new Product("voice", "Voice", false, RecordingFeature.of(Set.of(RecordingOption.PLAY_ANNOUNCEMENT)));
        assertThat(JSONB.toJson(ServiceJson.ProductView.of(voice))).isEqualTo("{\"id\":\"voice\",\"name\":\"Voice\",\"addOn\":false,"
                + "\"callRecording\":{\"autoRecordIncoming\":false,\"autoRecordOutgoing\":false,\"autoRecordRedirected\":false,"
                + "\"allowManualStartStop\":false,\"playAnnouncement\":true,\"sendViaEmail\":false,\"showToMyselfOnly\":false}}");
        assertThat(ServiceJson.product(new Product("fax", "Fax", true, null)).toString())
                .isEqualTo("{\"id\":\"fax\",\"name\":\"Fax\",\"addOn\":true,\"callRecording\":null}");
    }

    @Test
    void dialingRulesAndAccessRolesKeepTheirShape() {
        assertThat(JSONB.toJson(ServiceJson.DialingRuleView.of(new DialingRule("pbx", "PBX", new DtmfCodes("*44", "*45")))))
                .isEqualTo("{\"id\":\"pbx\",\"name\":\"PBX\",\"type\":\"pbx\",\"startCode\":\"*44\",\"stopCode\":\"*45\"}");
        AccessRole role = new AccessRole("basic", "Basic", Set.of(new Grant(Attribute.SHOW_TO_MYSELF_ONLY, Permission.VIEW),
                new Grant(Attribute.SHOW_TO_MYSELF_ONLY, Permission.MODIFY)));
        assertThat(ServiceJson.accessRole(role).toString()).isEqualTo(JSONB.toJson(ServiceJson.AccessRoleView.of(role)))
                .contains("\"showToMyselfOnly\":[\"view\",\"modify\"]").contains("\"dialingCodes\":[]")
                .startsWith("{\"id\":\"basic\",\"name\":\"Basic\",\"permissions\":{\"autoRecordIncoming\":[]");
    }
}
