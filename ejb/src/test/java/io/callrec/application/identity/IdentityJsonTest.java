package io.callrec.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.identity.ApiToken;
import io.callrec.domain.identity.PasswordHash;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Users and tokens in JSON, for the API and the audit log alike: no secret, null references kept, unset times left out. */
class IdentityJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aUserShowsItsRoleAndNullReferencesButNoPassword() {
        UserAccount sbc = new UserAccount("sbc1", Role.SWITCH, null, null, new PasswordHash("ab", "cd", 10), NOW);
        String json = JSONB.toJson(IdentityJson.UserView.of(sbc));
        assertThat(json).startsWith("{\"login\":\"sbc1\",\"role\":\"switch\",\"customer\":null,\"account\":null,"
                + "\"createdAt\":\"2026-12-05T08:00:00Z\"").doesNotContain("ab").doesNotContain("cd");
        assertThat(IdentityJson.user(sbc).toString()).isEqualTo(json);
    }

    @Test
    void anIssuedTokenCarriesItsSecretOnceAtTheEnd() {
        ApiToken token = new ApiToken("fL0G", "sbc1", "sbc1", "digest", NOW);
        assertThat(JSONB.toJson(IdentityJson.TokenView.of(token))).isEqualTo("{\"id\":\"fL0G\",\"owner\":\"sbc1\",\"name\":\"sbc1\","
                + "\"createdAt\":\"2026-12-05T08:00:00Z\",\"revoked\":false}");
        assertThat(JSONB.toJson(IdentityJson.TokenView.issued(token, "fL0G.secret"))).endsWith(",\"revoked\":false,\"token\":\"fL0G.secret\"}");
    }
}
