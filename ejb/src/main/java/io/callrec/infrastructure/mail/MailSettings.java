package io.callrec.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Settings of recording mail, from system properties with defaults (see the README's mail section). */
@ApplicationScoped
public class MailSettings {

    /** Audio up to this size is attached; larger audio gets a signed play link instead (5 MB by default). */
    public long attachMaxBytes() {
        return Long.getLong("callrec.mail.attach-max-bytes", 5_000_000L);
    }

    /** How long a mailed play link works (7 days by default): a mail is read later than a page. */
    public Duration linkLifetime() {
        return Duration.ofHours(Long.getLong("callrec.mail.link-lifetime-hours", 168));
    }

    /** Where the mailed link points: the server as its readers reach it. */
    public String baseUrl() {
        String url = System.getProperty("callrec.mail.base-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The host part of every Message-ID (the sending host's name unless set). */
    public String messageIdHost() {
        String host = System.getProperty("callrec.mail.message-id-host");
        if (host != null && !host.isBlank()) {
            return host.trim();
        }
        try {
            return java.net.InetAddress.getLocalHost().getCanonicalHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
