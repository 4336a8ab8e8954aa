package io.callrec.infrastructure.security;

import io.callrec.domain.identity.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Security settings from system properties, with safe defaults; see the README's configuration table. */
@ApplicationScoped
public class SecuritySettings {

    /** bcrypt cost (log2 of the rounds) of new password hashes; existing hashes keep the cost they were made with. */
    public int bcryptCost() {
        int cost = Integer.getInteger("callrec.password.bcrypt-cost", 10);
        if (cost < 8 || cost > 16) {
            throw new IllegalStateException("callrec.password.bcrypt-cost must be between 8 and 16, not " + cost);
        }
        return cost;
    }

    /**
     * {@code callrec.login.max-failures} failures from one client address within {@code
     * callrec.login.lock-minutes} lock the login for that address that long.
     */
    public LoginThrottle loginThrottle() {
        return new LoginThrottle(Integer.getInteger("callrec.login.max-failures", 5), lockPeriod());
    }

    /**
     * {@code callrec.login.max-failures-all-clients} failures from any addresses within the same period
     * lock the login everywhere (kept in the database, for every instance): the cap on guessing from
     * many addresses, high enough that one address cannot lock an owner out.
     */
    public LoginThrottle accountThrottle() {
        return new LoginThrottle(Integer.getInteger("callrec.login.max-failures-all-clients", 50), lockPeriod());
    }

    private static Duration lockPeriod() {
        return Duration.ofMinutes(Long.getLong("callrec.login.lock-minutes", 15));
    }

    /** How long a signed play URL stays valid. */
    public Duration linkLifetime() {
        return Duration.ofSeconds(Long.getLong("callrec.link.lifetime-seconds", 3600));
    }

    /** The play-link secret given to the server, or null when the database keeps a generated one. */
    public String configuredLinkSecret() {
        String value = System.getProperty("callrec.link.secret");
        if (value == null || value.isBlank()) {
            value = System.getenv("CALLREC_LINK_SECRET");
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code LOGIN:PASSWORD} of the first admin, from the system property or else the environment. */
    public String bootstrapAdmin() {
        String value = System.getProperty("callrec.bootstrap-admin");
        if (value == null || value.isBlank()) {
            value = System.getenv("CALLREC_BOOTSTRAP_ADMIN");
        }
        return value == null || value.isBlank() ? null : value;
    }
}
