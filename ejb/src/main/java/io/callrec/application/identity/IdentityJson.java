package io.callrec.application.identity;

import io.callrec.domain.identity.ApiToken;
import io.callrec.domain.identity.UserAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;

/**
 * Users and tokens as the API shows them and the audit log keeps them (records bound by JSON-B, as a
 * JSON object for the log): never a password, a hash, a salt or a token secret or digest. Times are
 * left out while they have not happened.
 */
public final class IdentityJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private IdentityJson() {
    }

    /** A user; {@code customer} and {@code account} are null for the roles that belong to none. */
    @JsonbPropertyOrder({"login", "role", "customer", "account", "createdAt", "passwordChangedAt", "lockedUntil"})
    public record UserView(String login, String role, @JsonbNillable String customer, @JsonbNillable String account,
                           String createdAt, String passwordChangedAt, String lockedUntil) {
        public static UserView of(UserAccount u) {
            return new UserView(u.getLogin(), u.getRole().jsonName(), u.getCustomerId(), u.getAccountId(), time(u.getCreatedAt()),
                    time(u.getPasswordChangedAt()), time(u.getLockedUntil()));
        }
    }

    /** A token; {@code token}, the secret, only in the answer that issues it. */
    @JsonbPropertyOrder({"id", "owner", "name", "createdAt", "lastUsedAt", "revokedAt", "revoked", "token"})
    public record TokenView(String id, String owner, String name, String createdAt, String lastUsedAt, String revokedAt,
                            boolean revoked, String token) {
        public static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getOwnerLogin(), t.getName(), time(t.getCreatedAt()), time(t.getLastUsedAt()),
                    time(t.getRevokedAt()), t.isRevoked(), null);
        }

        /** The token as issued, with its secret (shown this once). */
        public static TokenView issued(ApiToken t, String bearer) {
            TokenView view = of(t);
            return new TokenView(view.id, view.owner, view.name, view.createdAt, view.lastUsedAt, view.revokedAt, view.revoked,
                    bearer);
        }
    }

    public static JsonObject user(UserAccount u) {
        return object(UserView.of(u));
    }

    public static JsonObject token(ApiToken t) {
        return object(TokenView.of(t));
    }

    private static String time(Instant value) {
        return value == null ? null : value.toString();
    }

    private static JsonObject object(Object view) {
        return Json.createReader(new StringReader(JSONB.toJson(view))).readObject();
    }
}
