package io.callrec.application.access;

import io.callrec.infrastructure.persistence.ServerSettings;
import io.callrec.infrastructure.security.SecuritySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The key play links are signed with: {@code callrec.link.secret} (or {@code CALLREC_LINK_SECRET})
 * when given, else 256 random bits generated once and kept in the database, so every instance signs and
 * checks with the same key and links survive restarts. A configured secret shorter than 32 bytes is
 * refused (no link is signed or accepted) and the log says why.
 */
@ApplicationScoped
public class LinkSecret {

    static final String SETTING = "play-link-secret";
    static final int MIN_BYTES = 32;
    private static final Logger LOG = Logger.getLogger(LinkSecret.class.getName());

    @Inject
    SecuritySettings settings;

    @Inject
    ServerSettings stored;

    private volatile byte[] key;

    public byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = load();
            key = k;
        }
        return k;
    }

    private byte[] load() {
        String configured = settings.configuredLinkSecret();
        if (configured != null) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                // Refused rather than warned about: a short key makes every play link forgeable.
                throw new IllegalStateException("callrec.link.secret (CALLREC_LINK_SECRET) must be at least "
                        + MIN_BYTES + " bytes long; play links are not signed with a shorter key");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        String value = stored.read(SETTING).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                stored.insert(SETTING, Base64.getEncoder().encodeToString(random));
            } catch (PersistenceException | jakarta.ejb.EJBException e) {
                LOG.fine("another instance stored the play-link secret first");
            }
            return stored.read(SETTING).orElseThrow();
        });
        return Base64.getDecoder().decode(value);
    }
}
