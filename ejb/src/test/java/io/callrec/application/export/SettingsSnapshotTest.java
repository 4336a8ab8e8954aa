package io.callrec.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.export.SftpStorageValues;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class SettingsSnapshotTest {

    private static SftpStorageValues values(String password, String key) {
        return new SftpStorageValues(true, "sftp.example.net", 2222, "rec", password, key, null, "SHA256:abc", "/srv",
                "Conf:CDR_Accounts.h323_conf_id\nName:Customers.name", "prod");
    }

    @Test
    void theAuditSnapshotNamesEverySettingButNoSecret() {
        JsonObject snapshot = SettingsSnapshot.of(values("s3cret-password", "-----BEGIN KEY-----"));
        assertThat(snapshot.toString()).doesNotContain("s3cret-password").doesNotContain("BEGIN KEY");
        assertThat(snapshot.getString("password")).isEqualTo("set");
        assertThat(snapshot.getString("private_key")).isEqualTo("set");
        assertThat(snapshot.getString("private_key_passphrase")).isEqualTo("not set");
        assertThat(snapshot.getString("host")).isEqualTo("sftp.example.net");
        assertThat(snapshot.getInt("port")).isEqualTo(2222);
        assertThat(snapshot.getJsonArray("meta_file_items").getString(1)).isEqualTo("Name:Customers.name");
    }

    @Test
    void aChangedPasswordIsReportedAsChangedWithoutItsValue() {
        JsonObject after = SettingsSnapshot.after(values("old-password", null), values("new-password", null));
        assertThat(after.getJsonArray("secretsChanged").getString(0)).isEqualTo("password");
        assertThat(after.getJsonArray("secretsChanged")).hasSize(1);
        assertThat(after.toString()).doesNotContain("old-password").doesNotContain("new-password");
        assertThat(SettingsSnapshot.after(values("same", null), values("same", null)).getJsonArray("secretsChanged")).isEmpty();
    }
}
