package io.callrec.application.identity;

import io.callrec.domain.identity.ApiToken;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import io.callrec.infrastructure.persistence.Users;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Resolves who a principal is: a user by login, or the switch user an API token belongs to (and notes
 * the token's use). Empty when the user or token is gone, so a request or link of a deleted user fails.
 */
@Stateless
public class CallerDirectory {

    /** A token's last use is written at most this often. */
    static final Duration TOKEN_USE_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    Users users;

    @Inject
    Clock clock;

    public Optional<Caller> user(String login) {
        return users.find(login).map(UserAccount::caller);
    }

    /** The switch user of a live token; its use is noted. */
    public Optional<Caller> token(String tokenId) {
        Optional<Caller> owner = users.token(tokenId).filter(t -> !t.isRevoked()).map(ApiToken::getOwnerLogin)
                .flatMap(this::user).filter(c -> c.is(Role.SWITCH));
        owner.ifPresent(c -> users.touch(tokenId, clock.instant(), TOKEN_USE_RESOLUTION));
        return owner;
    }
}
