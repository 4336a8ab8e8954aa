package io.callrec.application.identity;

import io.callrec.domain.identity.LoginName;
import io.callrec.domain.identity.PasswordPolicy;
import io.callrec.infrastructure.security.PasswordHashing;
import io.callrec.infrastructure.security.SecuritySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * At start-up, makes sure someone can log in: when no admin exists, creates one from
 * {@code -Dcallrec.bootstrap-admin=LOGIN:PASSWORD} (or {@code CALLREC_BOOTSTRAP_ADMIN}), or else as
 * {@code admin} with a random password printed once to the server log. Once an admin exists the
 * setting is ignored. A malformed setting stops the deployment with the reason (never the password).
 */
@Singleton
@Startup
public class AdminBootstrap {

    static final String SETTING = "callrec.bootstrap-admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    PasswordHashing hashing;

    @Inject
    SecuritySettings settings;

    @PostConstruct
    void ensureAnAdmin() {
        String given = settings.bootstrapAdmin();
        if (firstAdmin.adminExists()) {
            if (given != null) {
                LOG.info(SETTING + " is ignored: an admin exists");
            }
            return;
        }
        String login = "admin";
        String password;
        if (given != null) {
            int colon = given.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(SETTING + " must be LOGIN:PASSWORD");
            }
            login = LoginName.check(SETTING, given.substring(0, colon));
            password = given.substring(colon + 1);
            PasswordPolicy.check(SETTING, login, password);
        } else {
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        if (!create(login, password)) {
            return;
        }
        if (given != null) {
            LOG.info("created the first admin '" + login + "' from " + SETTING);
        } else {
            LOG.warning("\n********************************************************************************\n"
                    + "* callrec: no admin existed, so one was created. Shown only this once:\n"
                    + "*   login:    " + login + "\n"
                    + "*   password: " + password + "\n"
                    + "* Change it: PUT /api/v1/users/me/password {\"current\":\"...\",\"new\":\"...\"}\n"
                    + "********************************************************************************");
        }
    }

    private boolean create(String login, String password) {
        try {
            return firstAdmin.createIfNone(login, hashing.hash(password));
        } catch (EJBException e) {
            if (firstAdmin.adminExists()) {
                LOG.info("another instance created the first admin");
                return false;
            }
            throw e;
        }
    }
}
