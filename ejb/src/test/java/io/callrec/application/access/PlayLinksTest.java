package io.callrec.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.infrastructure.security.SecuritySettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlayLinksTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static PlayLinks links(Instant now) {
        PlayLinks links = new PlayLinks();
        links.secret = new LinkSecret() {
            @Override
            public byte[] key() {
                return "test secret, at least thirty-two bytes long".getBytes(StandardCharsets.UTF_8);
            }
        };
        links.settings = new SecuritySettings();
        links.clock = Clock.fixed(now, ZoneOffset.UTC);
        return links;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            q.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return q;
    }

    @Test
    void anIssuedLinkIsValidUntilItExpiresAnHourLater() {
        PlayLinks.PlayLink link = links(NOW).issue(42, "alice");
        assertThat(link.url()).startsWith("/api/v1/recordings/42/audio?u=alice&exp=");
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        Map<String, String> q = query(link.url());
        assertThat(links(NOW.plusSeconds(3599)).verify(42, "alice", q.get("exp"), q.get("sig")))
                .isEqualTo(PlayLinks.Verdict.VALID);
        assertThat(links(NOW.plusSeconds(3600)).verify(42, "alice", q.get("exp"), q.get("sig")))
                .isEqualTo(PlayLinks.Verdict.EXPIRED);
    }

    @Test
    void anotherRecordingLoginOrExpiryMakesTheLinkInvalid() {
        Map<String, String> q = query(links(NOW).issue(42, "alice").url());
        PlayLinks at = links(NOW);
        assertThat(at.verify(43, "alice", q.get("exp"), q.get("sig"))).isEqualTo(PlayLinks.Verdict.INVALID);
        assertThat(at.verify(42, "bob", q.get("exp"), q.get("sig"))).isEqualTo(PlayLinks.Verdict.INVALID);
        long later = Long.parseLong(q.get("exp")) + 86400;
        assertThat(at.verify(42, "alice", Long.toString(later), q.get("sig"))).as("extending the expiry")
                .isEqualTo(PlayLinks.Verdict.INVALID);
    }

    @Test
    void anExpiredForgeryIsInvalidNotExpired() {
        assertThat(links(NOW).verify(42, "alice", "1000", "AAAA")).isEqualTo(PlayLinks.Verdict.INVALID);
    }

    @Test
    void nonsenseExpiriesAreInvalidWithoutError() {
        PlayLinks at = links(NOW);
        for (String exp : new String[] {null, "", "soon", "99999999999999999999", "9223372036854775807", "-1"}) {
            assertThat(at.verify(42, "alice", exp, "AAAA")).as(String.valueOf(exp)).isEqualTo(PlayLinks.Verdict.INVALID);
        }
    }

    @Test
    void aLinkSignedForTheFarFutureIsJudgedWithoutOverflow() {
        PlayLinks at = links(NOW);
        String url = at.url(42, "alice", Long.MAX_VALUE);
        Map<String, String> q = query(url);
        assertThat(at.verify(42, "alice", q.get("exp"), q.get("sig"))).isEqualTo(PlayLinks.Verdict.VALID);
    }
}
