package io.callrec.application.administration;

import io.callrec.infrastructure.persistence.ServerSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once per database, at start-up: computes every account's kept "show to myself only" flag, so a
 * database from before the flag existed (a schema update adds the column as false) hides private
 * recordings from colleagues from the first request on. A marker setting says it was done; if it fails
 * (another instance doing the same at once) the next start does it again.
 */
@Singleton
@Startup
public class AccountPrivacyBackfill {

    static final String DONE = "account-privacy-flag-v1";
    private static final Logger LOG = Logger.getLogger(AccountPrivacyBackfill.class.getName());

    @Inject
    ServerSettings settings;

    @Inject
    AccountPrivacyRefresh refresh;

    @PostConstruct
    void backfillOnce() {
        if (settings.read(DONE).isPresent()) {
            return;
        }
        try {
            int changed = refresh.all();
            settings.insert(DONE, "done");
            LOG.info("computed the privacy flag of every account; " + changed + " keep their recordings to themselves");
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "the accounts' privacy flags were not computed; the next start tries again", e);
        }
    }
}
