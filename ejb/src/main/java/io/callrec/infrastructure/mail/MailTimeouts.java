package io.callrec.infrastructure.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * SMTP connect, read and write timeouts, so that a mail server that accepts the connection and then
 * hangs cannot hold a mail listener (and its JMS session) forever: Jakarta Mail's own default is to wait
 * without end. The mail session of {@code configure-mail.cli} sets them from the same properties; the
 * sender adds what the session lacks (a server configured before the script had them), for {@code smtp}
 * and {@code smtps} alike, and keeps what the session sets.
 *
 * @param connectMillis {@code callrec.mail.connect-timeout-ms}, 10 s by default
 * @param readMillis    {@code callrec.mail.timeout-ms}: the longest silence of the server during a reply, 30 s
 * @param writeMillis   {@code callrec.mail.write-timeout-ms}: the longest a write may block, 30 s
 */
public record MailTimeouts(long connectMillis, long readMillis, long writeMillis) {

    public static MailTimeouts fromSystemProperties() {
        return new MailTimeouts(Long.getLong("callrec.mail.connect-timeout-ms", 10_000),
                Long.getLong("callrec.mail.timeout-ms", 30_000), Long.getLong("callrec.mail.write-timeout-ms", 30_000));
    }

    /**
     * A session with the given one's properties and these timeouts where it sets none; logins are asked of
     * the given session, so its credentials (which it does not expose) are the ones offered.
     */
    public Session applyTo(Session configured) {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", Long.toString(connectMillis));
            properties.putIfAbsent("mail." + protocol + ".timeout", Long.toString(readMillis));
            properties.putIfAbsent("mail." + protocol + ".writetimeout", Long.toString(writeMillis));
        }
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return configured.requestPasswordAuthentication(getRequestingSite(), getRequestingPort(),
                        getRequestingProtocol(), getRequestingPrompt(), getDefaultUserName());
            }
        });
    }
}
