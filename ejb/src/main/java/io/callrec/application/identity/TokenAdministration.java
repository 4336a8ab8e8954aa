package io.callrec.application.identity;

import io.callrec.domain.refusal.ConflictException;
import io.callrec.domain.refusal.NotFoundException;
import io.callrec.application.Secured;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.identity.ApiToken;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.infrastructure.persistence.Users;
import io.callrec.infrastructure.security.TokenSecrets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: an admin issues, lists and revokes the API tokens of switch users. The token
 * ({@code <id>.<secret>}) is returned once, when issued; only the secret's digest is kept. A revoked
 * token is refused by the token realm from the next request on.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class TokenAdministration {

    static final int MAX_NAME = 100;

    @Inject
    Users users;

    @Inject
    TokenSecrets secrets;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A new token, with the only copy of its secret. */
    public record Issued(ApiToken token, String bearer) {
    }

    public Issued issue(Caller caller, String login, String name) {
        caller.require(Role.ADMIN);
        UserAccount owner = owner(login);
        if (owner.getRole() != Role.SWITCH) {
            throw new ConflictException("user '" + login + "' has the role " + owner.getRole().jsonName()
                    + "; API tokens are only for switch users");
        }
        String label = name == null ? "token" : name;
        if (label.length() > MAX_NAME) {
            throw new InvalidFieldException("name", "must be at most " + MAX_NAME + " characters");
        }
        String secret = secrets.newSecret();
        ApiToken token = new ApiToken(secrets.newId(), login, label, secrets.digestHex(secret), clock.instant());
        users.add(token);
        audit.event(caller, "issue", "token", token.getId(), null, IdentityJson.token(token));
        return new Issued(token, token.getId() + "." + secret);
    }

    public List<ApiToken> tokens(Caller caller, String login) {
        caller.require(Role.ADMIN);
        owner(login);
        return users.tokensOf(login);
    }

    public void revoke(Caller caller, String login, String tokenId) {
        caller.require(Role.ADMIN);
        ApiToken token = users.token(tokenId).filter(t -> t.getOwnerLogin().equals(login))
                .orElseThrow(() -> new NotFoundException("token of user '" + login + "'", tokenId));
        revoke(caller, token);
    }

    /** Revokes every live token of the user (it is deleted, or no longer a switch). */
    public void revokeAll(Caller caller, String login) {
        users.tokensOf(login).stream().filter(t -> !t.isRevoked()).forEach(t -> revoke(caller, t));
    }

    private void revoke(Caller caller, ApiToken token) {
        if (token.isRevoked()) {
            return;
        }
        var before = IdentityJson.token(token);
        token.revoke(clock.instant());
        audit.event(caller, "revoke", "token", token.getId(), before, IdentityJson.token(token));
    }

    private UserAccount owner(String login) {
        return users.find(login).orElseThrow(() -> new NotFoundException("user", login));
    }
}
