package io.callrec.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.identity.PasswordHash;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing(new SecuritySettings());

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        PasswordHash hash = hashing.hash("correct horse battery", 8);
        assertThat(hashing.verify(hash, "correct horse battery")).isTrue();
        assertThat(hashing.verify(hash, "correct horse batterY")).isFalse();
        assertThat(hashing.verify(hash, "")).isFalse();
    }

    @Test
    void theStoredFormIsWhatTheRealmsBcryptMapperReads() throws Exception {
        PasswordHash hash = hashing.hash("correct horse battery", 8);
        assertThat(hash.hashHex()).matches("[0-9a-f]{46}");
        assertThat(hash.saltHex()).matches("[0-9a-f]{32}");
        assertThat(hash.cost()).isEqualTo(8);
        // The realm builds the password from hash, salt and iteration count exactly like this.
        PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                WildFlyElytronPasswordProvider.getInstance());
        BCryptPassword stored = (BCryptPassword) factory.generatePassword(new IteratedSaltedHashPasswordSpec(
                HexFormat.of().parseHex(hash.hashHex()), HexFormat.of().parseHex(hash.saltHex()), hash.cost()));
        assertThat(factory.verify(stored, "correct horse battery".toCharArray())).isTrue();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(hashing.hash("same password", 8).saltHex()).isNotEqualTo(hashing.hash("same password", 8).saltHex());
    }

    @Test
    void aCorruptStoredHashNeverVerifies() {
        assertThat(hashing.verify(new PasswordHash("zz", "00", 8), "anything")).isFalse();
    }

    @Test
    void aTokenDigestIsTheSha256OfItsSecret() throws Exception {
        TokenSecrets secrets = new TokenSecrets();
        String secret = secrets.newSecret();
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(secrets.newId()).matches("[A-Za-z0-9_-]{16}");
        assertThat(secrets.digestHex(secret)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(secrets.newSecret()).isNotEqualTo(secret);
    }
}
