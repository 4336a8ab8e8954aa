package io.callrec.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SftpStorageValuesTest {

    private static SftpStorageValues enabled(String password, String hostKey, String root, String items) {
        return new SftpStorageValues(true, "sftp.example.net", 22, "callrec", password, null, null, hostKey, root, items, "prod");
    }

    @Test
    void completeSettingsHaveNoProblem() {
        assertThat(enabled("secret", "SHA256:abc", "/srv", "Conf:CDR_Accounts.h323_conf_id").problems()).isEmpty();
    }

    @Test
    void exportSwitchedOnNeedsEverythingAnExportUses() {
        SftpStorageValues empty = new SftpStorageValues(true, null, 22, null, null, null, null, null, null, null, null);
        assertThat(empty.problems()).containsExactly(
                "host: required while export is enabled",
                "user: required while export is enabled",
                "root_path: required while export is enabled",
                "password or private_key: one is needed to log in while export is enabled",
                "host_key: the server's host key (a known_hosts line, 'type base64' or a SHA256: fingerprint) is needed"
                        + " while export is enabled; no server is trusted blindly");
        assertThat(empty.environment()).isEqualTo("default");
    }

    @Test
    void exportSwitchedOffMayBeIncompleteButNotWrong() {
        assertThat(SftpStorageValues.none().problems()).isEmpty();
        SftpStorageValues wrong = new SftpStorageValues(false, "a host", 0, null, null, null, null, null, "relative/path",
                "X:Nowhere.x", "../up");
        assertThat(wrong.problems()).hasSize(5).anyMatch(p -> p.startsWith("port:")).anyMatch(p -> p.startsWith("host:"))
                .anyMatch(p -> p.startsWith("root_path:")).anyMatch(p -> p.startsWith("environment:"))
                .anyMatch(p -> p.startsWith("meta_file_items: 'X:Nowhere.x': unknown table Nowhere"));
    }

    @Test
    void theTextFormNeverShowsSecrets() {
        assertThat(enabled("s3cret-pass", "SHA256:abc", "/srv", null).toString()).doesNotContain("s3cret").contains("password set");
    }
}
