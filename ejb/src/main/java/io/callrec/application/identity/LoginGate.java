package io.callrec.application.identity;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.LoginThrottle;
import io.callrec.domain.identity.UserAccount;
import io.callrec.infrastructure.persistence.Users;
import io.callrec.infrastructure.security.ClientFailures;
import io.callrec.infrastructure.security.SecuritySettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The failed-login locks around password logins. Before the security realm checks a password, the gate
 * says whether the login exists and is open to this client; after, it counts a failure or clears the
 * counts on success. Two locks: per login and client address ({@link SecuritySettings#loginThrottle()},
 * in memory), which stops a guesser without locking the owner out from elsewhere, and per login from
 * all addresses ({@link SecuritySettings#accountThrottle()}, in the database so every instance sees it),
 * the cap on guessing from many. Each step commits on its own, so a refused request leaves its failure
 * counted. {@code client} is the address the request came from; null when there is none (a signed-in
 * user's wrong current password), which counts towards the all-clients lock only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginGate {

    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());

    /** What the gate knows before the password is checked. */
    public enum State { OPEN, LOCKED, UNKNOWN }

    /** The gate's answer; {@code caller} is set for an OPEN login, {@code failures} its current counts. */
    public record Admission(State state, Caller caller, int failures) {
    }

    @Inject
    Users users;

    @Inject
    SecuritySettings settings;

    @Inject
    ClientFailures clients;

    @Inject
    Clock clock;

    public Admission admit(String login, String client) {
        UserAccount user = users.find(login).orElse(null);
        if (user == null) {
            return new Admission(State.UNKNOWN, null, 0);
        }
        Instant now = clock.instant();
        LoginThrottle.State fromClient = clientState(user, client);
        if (settings.accountThrottle().isLocked(user.loginState(), now)
                || settings.loginThrottle().isLocked(fromClient, now)) {
            return new Admission(State.LOCKED, null, 0);
        }
        return new Admission(State.OPEN, user.caller(), user.loginState().failures() + fromClient.failures());
    }

    public void failed(String login, String client) {
        users.lockForUpdate(login).ifPresent(user -> {
            Instant now = clock.instant();
            if (client != null) {
                LoginThrottle throttle = settings.loginThrottle();
                LoginThrottle.State after = throttle.afterFailure(clientState(user, client), now);
                if (after.lockedUntil() != null) {
                    LOG.warning(() -> "login '" + login + "' is locked for " + client + " until " + after.lockedUntil()
                            + " after " + throttle.maxFailures() + " failed attempts from there");
                }
                clients.put(login, client, user.getPasswordChangedAt(), after, throttle, now);
            }
            LoginThrottle everywhere = settings.accountThrottle();
            LoginThrottle.State after = everywhere.afterFailure(user.loginState(), now);
            if (after.lockedUntil() != null && !after.equals(user.loginState())) {
                LOG.warning(() -> "login '" + login + "' is locked from every address until " + after.lockedUntil()
                        + " after " + everywhere.maxFailures() + " failed attempts");
            }
            user.loginState(after);
        });
    }

    public void succeeded(String login, String client) {
        users.lockForUpdate(login).ifPresent(user -> {
            clients.put(login, client, user.getPasswordChangedAt(), LoginThrottle.State.CLEAR, settings.loginThrottle(),
                    clock.instant());
            user.loginState(LoginThrottle.State.CLEAR);
        });
    }

    private LoginThrottle.State clientState(UserAccount user, String client) {
        return client == null ? LoginThrottle.State.CLEAR
                : clients.state(user.getLogin(), client, user.getPasswordChangedAt());
    }
}
