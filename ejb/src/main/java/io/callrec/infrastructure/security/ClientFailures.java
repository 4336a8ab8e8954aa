package io.callrec.infrastructure.security;

import io.callrec.domain.identity.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The failed-login state of each login as tried from each client address, in this instance's memory:
 * the lock that stops a guesser without locking the login's owner out from elsewhere. Keyed also by
 * when the password was last set, so a new password (an admin's reset) starts every client afresh.
 * Bounded: past {@link #MAX_ENTRIES} the states that no longer count are dropped, and if that is not
 * enough (a flood of logins and addresses) all are, which only gives guessers back a few tries.
 */
@ApplicationScoped
public class ClientFailures {

    static final int MAX_ENTRIES = 50_000;
    private static final Logger LOG = Logger.getLogger(ClientFailures.class.getName());

    private final Map<String, LoginThrottle.State> states = new ConcurrentHashMap<>();

    public LoginThrottle.State state(String login, String client, Instant passwordSet) {
        return states.getOrDefault(key(login, client, passwordSet), LoginThrottle.State.CLEAR);
    }

    public void put(String login, String client, Instant passwordSet, LoginThrottle.State state, LoginThrottle throttle,
                    Instant now) {
        String key = key(login, client, passwordSet);
        if (state.equals(LoginThrottle.State.CLEAR)) {
            states.remove(key);
            return;
        }
        if (states.size() >= MAX_ENTRIES) {
            states.values().removeIf(s -> !throttle.counts(s, now));
            if (states.size() >= MAX_ENTRIES) {
                LOG.warning("more than " + MAX_ENTRIES + " login/address pairs failing at once: their counts start again");
                states.clear();
            }
        }
        states.put(key, state);
    }

    private static String key(String login, String client, Instant passwordSet) {
        return login + '\u0000' + client + '\u0000' + passwordSet;
    }
}
