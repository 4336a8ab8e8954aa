package io.callrec.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.customfield.CustomFieldValues;
import io.callrec.domain.export.MetaFileItems;
import io.callrec.domain.recording.AudioFile;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.Xdr;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportMetadataTest {

    private static final Instant CONNECT = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theMetadataFileDescribesTheCallTheAudioAndTheNamedValues() throws Exception {
        Recording recording = Recording.pending("acme", CONNECT, "/spool/c.pcap", CONNECT);
        recording.beginAttempt(CONNECT.plusSeconds(5));
        recording.becomeAvailable(new AudioFile("/r/7.wav", "wav", 48_044, "ab12", 3000), "{}", CONNECT.plusSeconds(9));
        Field id = Recording.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(recording, 7L);
        Xdr xdr = new Xdr(new CallRecord("c1", "conf-1", "acc-1", "100", "acme", "14155550100", "14155550199",
                CallDirection.OUTGOING, CONNECT, CONNECT.plusSeconds(3)), recording);

        CustomFieldValues custom = new CustomFieldValues(Map.of("Own", "account's"),
                Map.of("Own", "customer's", "Inherited", "customer's"));
        byte[] json = ExportMetadata.of(recording, xdr, null, null, custom,
                MetaFileItems.parse("Conf:CDR_Accounts.h323_conf_id, Name:Customers.name, G:Custom_Fields_Name.Own,"
                        + " I:Custom_Fields_Name.Inherited, U:Custom_Fields_Name.Unset")).json();

        JsonObject metadata = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
        assertThat(metadata.getJsonNumber("recordingId").longValue()).isEqualTo(7);
        assertThat(metadata.getString("customerId")).isEqualTo("acme");
        assertThat(metadata.getString("state")).isEqualTo("AVAILABLE");
        assertThat(metadata.getJsonNumber("durationMillis").longValue()).isEqualTo(3000);
        assertThat(metadata.getString("direction")).isEqualTo("OUTGOING");
        assertThat(metadata.getString("callingNumber")).isEqualTo("14155550100");
        assertThat(metadata.getString("calledNumber")).isEqualTo("14155550199");
        assertThat(metadata.getString("h323ConfId")).isEqualTo("conf-1");
        assertThat(metadata.getString("connectTime")).isEqualTo("2026-12-05T10:00:00Z");
        assertThat(metadata.getString("disconnectTime")).isEqualTo("2026-12-05T10:00:03Z");
        assertThat(metadata.getString("format")).isEqualTo("wav");
        assertThat(metadata.getJsonNumber("sizeBytes").longValue()).isEqualTo(48_044);
        assertThat(metadata.getString("sha256")).isEqualTo("ab12");
        assertThat(metadata.getJsonObject("metaFileItems").getString("Conf")).isEqualTo("conf-1");
        assertThat(metadata.getJsonObject("metaFileItems").isNull("Name")).as("no customer row: null, not left out").isTrue();
        assertThat(metadata.getJsonObject("metaFileItems").getString("G")).as("the account's own value").isEqualTo("account's");
        assertThat(metadata.getJsonObject("metaFileItems").getString("I")).as("falls back to the customer's")
                .isEqualTo("customer's");
        assertThat(metadata.getJsonObject("metaFileItems").isNull("U")).as("unset: null").isTrue();
    }

    @Test
    void onlyFailuresAChangeOfSettingsOrServerFixesArePermanent() {
        Set<Kind> permanent = EnumSet.noneOf(Kind.class);
        for (Kind kind : Kind.values()) {
            if (StorageFailures.permanent(new SftpException(kind, "x"))) {
                permanent.add(kind);
            }
        }
        assertThat(permanent).containsExactlyInAnyOrder(Kind.AUTHENTICATION, Kind.HOST_KEY_MISMATCH, Kind.HOST_KEY_UNKNOWN,
                Kind.CONFIGURATION, Kind.PERMISSION_DENIED, Kind.NO_SUCH_PATH);
        assertThat(StorageFailures.describe(new SftpException(Kind.AUTHENTICATION, "user x")))
                .isEqualTo("the server refused the login (wrong user, password or key): user x");
    }
}
