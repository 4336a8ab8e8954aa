package io.callrec.application.identity;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.LoginThrottle;
import io.callrec.domain.identity.UserAccount;
import io.callrec.infrastructure.persistence.Users;
import io.callrec.infrastructure.security.SecuritySettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The failed-login lock around password logins. Before the security realm checks a password, the gate
 * says whether the login exists and is open; after, it counts a failure (locking the login after too
 * many, in the database, so every instance sees it) or clears the count on success. Each step commits
 * on its own, so a refused request leaves its failure counted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginGate {

    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());

    /** What the gate knows before the password is checked. */
    public enum State { OPEN, LOCKED, UNKNOWN }

    /** The gate's answer; {@code caller} is set for an OPEN login, {@code failures} its current count. */
    public record Admission(State state, Caller caller, int failures) {
    }

    @Inject
    Users users;

    @Inject
    SecuritySettings settings;

    @Inject
    Clock clock;

    public Admission admit(String login) {
        UserAccount user = users.find(login).orElse(null);
        if (user == null) {
            return new Admission(State.UNKNOWN, null, 0);
        }
        if (settings.loginThrottle().isLocked(user.loginState(), clock.instant())) {
            return new Admission(State.LOCKED, null, 0);
        }
        return new Admission(State.OPEN, user.caller(), user.loginState().failures());
    }

    public void failed(String login) {
        users.lockForUpdate(login).ifPresent(user -> {
            LoginThrottle throttle = settings.loginThrottle();
            LoginThrottle.State after = throttle.afterFailure(user.loginState(), clock.instant());
            if (after.lockedUntil() != null && !after.equals(user.loginState())) {
                LOG.warning(() -> "login '" + login + "' is locked until " + after.lockedUntil() + " after "
                        + throttle.maxFailures() + " failed attempts");
            }
            user.loginState(after);
        });
    }

    public void succeeded(String login) {
        users.lockForUpdate(login).ifPresent(user -> user.loginState(LoginThrottle.State.CLEAR));
    }
}
