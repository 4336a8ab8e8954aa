package io.callrec.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.SimpleDigestPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;

/**
 * API token material: a random public id (96 bits), a random secret (256 bits), both base64url, and
 * the secret's SHA-256 digest made by Elytron's simple-digest password, which the token realm's
 * simple-digest-mapper compares a presented secret with.
 */
@ApplicationScoped
public class TokenSecrets {

    private static final WildFlyElytronPasswordProvider ELYTRON = WildFlyElytronPasswordProvider.getInstance();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    public String newId() {
        return random(12);
    }

    public String newSecret() {
        return random(32);
    }

    public String digestHex(String secret) {
        try {
            SimpleDigestPassword digest = (SimpleDigestPassword) PasswordFactory
                    .getInstance(SimpleDigestPassword.ALGORITHM_SIMPLE_DIGEST_SHA_256, ELYTRON)
                    .generatePassword(new EncryptablePasswordSpec(secret.toCharArray(), null));
            return HexFormat.of().formatHex(digest.getDigest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Elytron could not digest a token secret", e);
        }
    }

    private String random(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return B64.encodeToString(b);
    }
}
