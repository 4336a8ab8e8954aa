package io.callrec.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A switch user's API token: a public id and the SHA-256 digest of its 256-bit random secret (a fast
 * digest suits a secret that cannot be guessed; the secret itself is shown once, when issued, and
 * never stored). The token realm (configure-security.cli) reads {@code id}, {@code secret_digest},
 * {@code owner_login} and {@code revoked_at}; a revoked token stops working at the next request.
 */
@Entity
@Table(name = "api_token", indexes = @Index(name = "api_token_owner_idx", columnList = "owner_login"))
public class ApiToken {

    @Id
    @Column(name = "id", length = 32)
    private String id;

    @Column(name = "owner_login", nullable = false, length = 64)
    private String ownerLogin;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "secret_digest", nullable = false, length = 64)
    private String secretDigest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(String id, String ownerLogin, String name, String secretDigestHex, Instant now) {
        this.id = id;
        this.ownerLogin = ownerLogin;
        this.name = name;
        this.secretDigest = secretDigestHex;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getId() { return id; }
    public String getOwnerLogin() { return ownerLogin; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
