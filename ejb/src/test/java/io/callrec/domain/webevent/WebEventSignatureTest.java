package io.callrec.domain.webevent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebEventSignatureTest {

    @Test
    void headerCarriesTheTimeAndTheHmacOfTimeDotBody() {
        // RFC 4231, test case 2: HMAC-SHA256 with key "Jefe"
        assertThat(WebEventSignature.hmacHex("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(WebEventSignature.header("Jefe", 1700000000L, "{\"id\":1}"))
                .isEqualTo("t=1700000000,v1=" + WebEventSignature.hmacHex("Jefe", "1700000000.{\"id\":1}"));
    }

    @Test
    void anotherSecretTimeOrBodyGivesAnotherSignature() {
        String h = WebEventSignature.header("secret-0123456789", 10, "body");
        assertThat(WebEventSignature.header("secret-0123456789x", 10, "body")).isNotEqualTo(h);
        assertThat(WebEventSignature.header("secret-0123456789", 11, "body")).isNotEqualTo(h);
        assertThat(WebEventSignature.header("secret-0123456789", 10, "body ")).isNotEqualTo(h);
    }
}
