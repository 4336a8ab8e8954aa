package io.callrec.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noHeaderIsAnAnonymousRequest() throws Exception {
        assertThat(Credentials.parse(null)).isEmpty();
    }

    @Test
    void basicSplitsAtTheFirstColonSoPasswordsMayHoldColons() throws Exception {
        Credentials c = Credentials.parse(basic("alice:pa:ss w0rd")).orElseThrow();
        assertThat(c.scheme()).isEqualTo(Credentials.Scheme.BASIC);
        assertThat(c.principal()).isEqualTo("alice");
        assertThat(c.secret()).isEqualTo("pa:ss w0rd");
    }

    @Test
    void schemeNamesAreCaseInsensitiveAndUtf8IsDecoded() throws Exception {
        Credentials c = Credentials.parse("bAsIc " + Base64.getEncoder().encodeToString("zoë:pässwörd".getBytes(StandardCharsets.UTF_8)))
                .orElseThrow();
        assertThat(c.principal()).isEqualTo("zoë");
        assertThat(c.secret()).isEqualTo("pässwörd");
    }

    @Test
    void aBearerTokenIsTheTokenRealmsPrincipalAndItsSecret() throws Exception {
        Credentials c = Credentials.parse("Bearer fL0GRbTVEwnBNwJ_.NU_U-h4ys5DWTct9_50FTcUQLMhZ0EJDcvfM3tQNLis").orElseThrow();
        assertThat(c.scheme()).isEqualTo(Credentials.Scheme.BEARER);
        assertThat(c.principal()).isEqualTo("token:fL0GRbTVEwnBNwJ_");
        assertThat(c.tokenId()).isEqualTo("fL0GRbTVEwnBNwJ_");
        assertThat(c.secret()).isEqualTo("NU_U-h4ys5DWTct9_50FTcUQLMhZ0EJDcvfM3tQNLis");
        assertThat(c.toString()).doesNotContain(c.secret());
    }

    @Test
    void malformedHeadersAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Credentials.parse("Basic")).isInstanceOf(Credentials.Malformed.class)
                .hasMessageContaining("expected 'Basic <base64>'");
        assertThatThrownBy(() -> Credentials.parse("Basic !!!not-base64")).hasMessageContaining("base64");
        assertThatThrownBy(() -> Credentials.parse(basic("no colon here"))).hasMessageContaining("login:password");
        assertThatThrownBy(() -> Credentials.parse(basic(":password"))).hasMessageContaining("with a login");
        assertThatThrownBy(() -> Credentials.parse("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, ':', 'x'})))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> Credentials.parse("Digest username=\"alice\"")).hasMessageContaining("Basic or Bearer");
        assertThatThrownBy(() -> Credentials.parse("Bearer justonepart")).hasMessageContaining("'<id>.<secret>'");
        assertThatThrownBy(() -> Credentials.parse("Bearer a.b.c")).hasMessageContaining("'<id>.<secret>'");
        assertThatThrownBy(() -> Credentials.parse("Bearer token:abc.def")).hasMessageContaining("'<id>.<secret>'");
        assertThatThrownBy(() -> Credentials.parse("Basic " + "A".repeat(5000))).hasMessageContaining("longer than");
    }

    @Test
    void onlyHealthOpenApiAndSignedAudioAreOpen() {
        assertThat(OpenPaths.isOpen("GET", "/api/v1/health", false)).isTrue();
        assertThat(OpenPaths.isOpen("GET", "/api/openapi.yaml", false)).isTrue();
        assertThat(OpenPaths.isOpen("GET", "/api/v1/recordings/17/audio", true)).isTrue();
        assertThat(OpenPaths.isOpen("GET", "/api/v1/recordings/17/audio", false)).isFalse();
        assertThat(OpenPaths.isOpen("GET", "/api/v1/recordings/17", true)).isFalse();
        assertThat(OpenPaths.isOpen("POST", "/api/v1/recordings/17/audio", true)).isFalse();
        assertThat(OpenPaths.isOpen("GET", "/api/v1/recordings/17/audio/x", true)).isFalse();
        assertThat(OpenPaths.isOpen("GET", "/api/v1/health/", false)).isFalse();
    }
}
