package io.callrec.application.identity;

import io.callrec.domain.identity.ApiToken;
import io.callrec.domain.identity.UserAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * Users and tokens as the API shows them and the audit log keeps them: never a password, a hash, a
 * salt or a token secret or digest.
 */
public final class IdentityJson {

    private IdentityJson() {
    }

    public static JsonObject user(UserAccount u) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("login", u.getLogin()).add("role", u.getRole().jsonName());
        nullable(json, "customer", u.getCustomerId());
        nullable(json, "account", u.getAccountId());
        time(json, "createdAt", u.getCreatedAt());
        time(json, "passwordChangedAt", u.getPasswordChangedAt());
        time(json, "lockedUntil", u.getLockedUntil());
        return json.build();
    }

    public static JsonObject token(ApiToken t) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", t.getId()).add("owner", t.getOwnerLogin())
                .add("name", t.getName());
        time(json, "createdAt", t.getCreatedAt());
        time(json, "lastUsedAt", t.getLastUsedAt());
        time(json, "revokedAt", t.getRevokedAt());
        return json.add("revoked", t.isRevoked()).build();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void time(JsonObjectBuilder json, String name, Instant value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
