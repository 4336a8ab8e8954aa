package io.callrec.application.identity;

import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.PasswordHash;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import io.callrec.infrastructure.persistence.Users;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Creates the first admin when there is none, committed on its own: when two instances start on an
 * empty database at once, one insert wins and the other fails (and finds the admin).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FirstAdmin {

    /** Who the audit log says made the first admin; not a valid login, so no user can be it. */
    static final Caller BOOTSTRAP = new Caller("(bootstrap)", Role.ADMIN, null, null);

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public boolean adminExists() {
        return users.countWithRole(Role.ADMIN) > 0;
    }

    /** False when an admin exists already; refuses a login another user has. */
    public boolean createIfNone(String login, PasswordHash password) {
        if (adminExists()) {
            return false;
        }
        if (users.find(login).isPresent()) {
            throw new IllegalStateException("the first admin's login '" + login + "' belongs to a user who is no admin");
        }
        UserAccount admin = new UserAccount(login, Role.ADMIN, null, null, password, clock.instant());
        users.add(admin);
        audit.changed(BOOTSTRAP, "user", login, null, IdentityJson.user(admin));
        return true;
    }
}
