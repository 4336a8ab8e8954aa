package io.callrec.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PlayLinkSignatureTest {

    private static final byte[] KEY = "a server secret of thirty-two+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final long EXP = 1_800_000_000L;

    private final String signature = PlayLinkSignature.sign(KEY, 42, "alice", EXP);

    @Test
    void theSignatureOfTheSameValuesMatches() {
        assertThat(PlayLinkSignature.matches(KEY, 42, "alice", EXP, signature)).isTrue();
        assertThat(signature).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void changingAnySignedValueOrTheKeyBreaksIt() {
        assertThat(PlayLinkSignature.matches(KEY, 43, "alice", EXP, signature)).as("recording").isFalse();
        assertThat(PlayLinkSignature.matches(KEY, 42, "alicf", EXP, signature)).as("login").isFalse();
        assertThat(PlayLinkSignature.matches(KEY, 42, "alice", EXP + 1, signature)).as("expiry").isFalse();
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThat(PlayLinkSignature.matches(other, 42, "alice", EXP, signature)).as("key").isFalse();
    }

    @Test
    void aSignatureTamperedAnywhereIsRefused() {
        byte[] raw = Base64.getUrlDecoder().decode(signature);
        for (int i = 0; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= (byte) 0x80;
            assertThat(PlayLinkSignature.matches(KEY, 42, "alice", EXP,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(tampered))).as("byte " + i).isFalse();
        }
    }

    @Test
    void aTruncatedEmptyOrMalformedSignatureIsRefusedWithoutError() {
        assertThat(PlayLinkSignature.matches(KEY, 42, "alice", EXP, signature.substring(0, 42))).isFalse();
        assertThat(PlayLinkSignature.matches(KEY, 42, "alice", EXP, "")).isFalse();
        assertThat(PlayLinkSignature.matches(KEY, 42, "alice", EXP, "not base64!")).isFalse();
        assertThat(PlayLinkSignature.matches(KEY, 42, "alice", EXP, null)).isFalse();
        assertThat(PlayLinkSignature.matches(KEY, 42, null, EXP, signature)).isFalse();
    }

    @Test
    void fieldsCannotBeShiftedIntoOneAnother() {
        String other = PlayLinkSignature.sign(KEY, 4, "2\nalice", EXP);
        assertThat(PlayLinkSignature.matches(KEY, 4, "2\nalice", EXP, other)).as("a login with a newline never matches")
                .isFalse();
        assertThat(other).isNotEqualTo(signature);
    }
}
