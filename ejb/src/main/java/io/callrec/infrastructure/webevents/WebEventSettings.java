package io.callrec.infrastructure.webevents;

import io.callrec.domain.webevent.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Settings of web event delivery, from system properties with defaults (see the README's web events
 * section); tests shorten the delays, production keeps 10 s doubling to 1 h and failing after 24 h.
 */
@ApplicationScoped
public class WebEventSettings {

    public Duration connectTimeout() {
        return Duration.ofMillis(Long.getLong("callrec.webevents.connect-timeout-ms", 5_000));
    }

    /** How long the receiver has to answer once connected. */
    public Duration readTimeout() {
        return Duration.ofMillis(Long.getLong("callrec.webevents.read-timeout-ms", 10_000));
    }

    public RetrySchedule retrySchedule() {
        return new RetrySchedule(Duration.ofMillis(Long.getLong("callrec.webevents.retry-first-ms", 10_000)),
                Duration.ofMillis(Long.getLong("callrec.webevents.retry-cap-ms", 3_600_000)),
                Duration.ofMillis(Long.getLong("callrec.webevents.failing-after-ms", 86_400_000)));
    }

    /** How often the dispatcher looks for events to send. */
    public long dispatchIntervalMillis() {
        return Long.getLong("callrec.webevents.interval-ms", 2_000);
    }

    /** How long an event's audio link works (7 days by default, as a mailed one). */
    public Duration linkLifetime() {
        return Duration.ofHours(Long.getLong("callrec.webevents.link-lifetime-hours", 168));
    }

    /** Where the audio links point: the server as the receivers reach it (the mail's base URL unless set). */
    public String baseUrl() {
        String url = System.getProperty("callrec.webevents.base-url",
                System.getProperty("callrec.mail.base-url", "http://localhost:8080"));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
