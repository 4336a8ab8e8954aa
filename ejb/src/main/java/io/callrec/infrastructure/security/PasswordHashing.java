package io.callrec.infrastructure.security;

import io.callrec.domain.identity.PasswordHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * bcrypt hashes made and checked with Elytron's password factory, the same implementation the JDBC
 * realm's bcrypt-mapper verifies logins with. {@link #burn} spends the same work on a login that does
 * not exist or is locked, so the time of a refusal does not tell which it was.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final WildFlyElytronPasswordProvider ELYTRON = WildFlyElytronPasswordProvider.getInstance();
    private static final HexFormat HEX = HexFormat.of();
    private static final int SALT_BYTES = BCryptPassword.BCRYPT_SALT_SIZE;

    private final SecureRandom random = new SecureRandom();
    private final SecuritySettings settings;
    private volatile PasswordHash decoy;

    /** For the container's proxy only. */
    protected PasswordHashing() {
        this(null);
    }

    @Inject
    public PasswordHashing(SecuritySettings settings) {
        this.settings = settings;
    }

    public PasswordHash hash(String password) {
        return hash(password, settings.bcryptCost());
    }

    PasswordHash hash(String password, int cost) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        try {
            BCryptPassword made = (BCryptPassword) factory().generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            return new PasswordHash(HEX.formatHex(made.getHash()), HEX.formatHex(made.getSalt()), made.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Elytron could not make a bcrypt hash", e);
        }
    }

    public boolean verify(PasswordHash stored, String guess) {
        try {
            PasswordFactory factory = factory();
            BCryptPassword password = (BCryptPassword) factory.generatePassword(new IteratedSaltedHashPasswordSpec(
                    HEX.parseHex(stored.hashHex()), HEX.parseHex(stored.saltHex()), stored.cost()));
            return factory.verify(password, guess.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** As much work as checking a real password, with nothing to find. */
    public void burn(String guess) {
        PasswordHash d = decoy;
        if (d == null || d.cost() != settings.bcryptCost()) {
            d = hash(HEX.formatHex(random.generateSeed(16)));
            decoy = d;
        }
        verify(d, guess);
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, ELYTRON);
    }
}
