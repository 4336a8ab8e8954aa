package io.callrec.application.access;

import io.callrec.domain.access.PlayLinkSignature;
import io.callrec.infrastructure.security.SecuritySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signed, expiring play URLs: {@code /api/v1/recordings/{id}/audio?u=<login>&exp=<epoch>&sig=<base64url>}
 * plays without credentials (an {@code <audio src>}, a link in an e-mail) until it expires. The
 * signature only says who the link was issued to; whoever serves it must still check that this login
 * may see the recording now (a user deleted or an account made private since loses the link).
 */
@ApplicationScoped
public class PlayLinks {

    /** What a presented link is worth. */
    public enum Verdict { VALID, INVALID, EXPIRED }

    @Inject
    LinkSecret secret;

    @Inject
    SecuritySettings settings;

    @Inject
    Clock clock;

    /** A signed play URL (root-relative) and when it stops working. */
    public record PlayLink(String url, Instant expiresAt) {
    }

    /** A play URL for {@code login}, valid for {@code callrec.link.lifetime-seconds}. */
    public PlayLink issue(long recordingId, String login) {
        return issue(recordingId, login, settings.linkLifetime());
    }

    /** A play URL for {@code login} valid for {@code lifetime} (a mailed link lives longer than a page's). */
    public PlayLink issue(long recordingId, String login, Duration lifetime) {
        Instant expires = clock.instant().plus(lifetime);
        return new PlayLink(url(recordingId, login, expires.getEpochSecond()), Instant.ofEpochSecond(expires.getEpochSecond()));
    }

    String url(long recordingId, String login, long expires) {
        return "/api/v1/recordings/" + recordingId + "/audio?u=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&exp=" + expires + "&sig=" + PlayLinkSignature.sign(secret.key(), recordingId, login, expires);
    }

    /** Checks the link's signature and expiry (in this order: a forged link says nothing about time). */
    public Verdict verify(long recordingId, String login, String expires, String signature) {
        long exp;
        try {
            exp = Long.parseLong(expires == null ? "" : expires);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        if (!PlayLinkSignature.matches(secret.key(), recordingId, login, exp, signature)) {
            return Verdict.INVALID;
        }
        return exp > clock.instant().getEpochSecond() ? Verdict.VALID : Verdict.EXPIRED;
    }
}
