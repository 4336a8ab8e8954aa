package io.callrec.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SftpEndpointTest {

    private static final String HOST_KEY = "SHA256:" + "A".repeat(42) + "E";

    @Test
    void equalSettingsAreEqualEndpointsAndAnyChangeIsAnother() {
        SftpEndpoint a = SftpEndpoint.withPassword("sftp.example.net", 22, "rec", "s3cret", HOST_KEY);
        SftpEndpoint same = SftpEndpoint.withPassword(" sftp.example.net ", 22, "rec", "s3cret", HOST_KEY + "\n");

        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(SftpEndpoint.withPassword("sftp.example.net", 22, "rec", "n3w", HOST_KEY));
        assertThat(a).isNotEqualTo(a.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
        assertThat(a).isNotEqualTo(a.withHostKey(""));
    }

    @Test
    void toStringShowsNoSecret() {
        SftpEndpoint endpoint = new SftpEndpoint("h", 2222, "rec", "pw-value", "-----BEGIN KEY-----", "phrase-value",
                HOST_KEY, Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertThat(endpoint.toString()).isEqualTo("rec@h:2222 (key+password, 1 expected host key(s))")
                .doesNotContain("pw-value", "phrase-value", "BEGIN");
    }

    @Test
    void wrongFieldsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> SftpEndpoint.withPassword("", 22, "u", "p", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("host is required");
        assertThatThrownBy(() -> SftpEndpoint.withPassword("a host", 22, "u", "p", ""))
                .hasMessageContaining("host must not contain spaces");
        assertThatThrownBy(() -> SftpEndpoint.withPassword("h", 0, "u", "p", ""))
                .hasMessage("port must be between 1 and 65535, not 0");
        assertThatThrownBy(() -> SftpEndpoint.withPassword("h", 22, " ", "p", "")).hasMessage("user is required");
        assertThatThrownBy(() -> SftpEndpoint.withPassword("h", 22, "u", "", ""))
                .hasMessage("a password or a private key is needed for user u");
        assertThatThrownBy(() -> SftpEndpoint.withPassword("h", 22, "u", "p", "nonsense"))
                .hasMessageContaining("host key line 1");
        assertThatThrownBy(() -> SftpEndpoint.withPassword("h", 22, "u", "p", "").withTimeouts(Duration.ZERO,
                Duration.ofSeconds(1))).hasMessageContaining("connectTimeout must be positive");
    }

    @Test
    void noHostKeyIsAllowedButTrustsNothing() {
        SftpEndpoint endpoint = SftpEndpoint.withPassword("h", 22, "u", "p", null);

        assertThat(endpoint.hostKey()).isEmpty();
        assertThat(endpoint.expectedHostKeys()).isEmpty();
    }

    @Test
    void retryableKindsAreTheOnesTimeCanFix() {
        assertThat(SftpException.Kind.CONNECT.retryable()).isTrue();
        assertThat(SftpException.Kind.NO_SPACE.retryable()).isTrue();
        assertThat(SftpException.Kind.AUTHENTICATION.retryable()).isFalse();
        assertThat(SftpException.Kind.HOST_KEY_MISMATCH.retryable()).isFalse();
    }
}
