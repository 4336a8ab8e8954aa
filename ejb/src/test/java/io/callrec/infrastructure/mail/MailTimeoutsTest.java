package io.callrec.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTimeoutsTest {

    @Test
    void theTimeoutsAreAddedForSmtpAndSmtpsWhereTheSessionSetsNone() {
        Properties configured = new Properties();
        configured.setProperty("mail.smtp.host", "mail.example.net");
        configured.setProperty("mail.smtp.timeout", "5000");
        Session bounded = new MailTimeouts(10_000, 30_000, 20_000).applyTo(Session.getInstance(configured));
        assertThat(bounded.getProperty("mail.smtp.host")).isEqualTo("mail.example.net");
        assertThat(bounded.getProperty("mail.smtp.timeout")).as("the session's own value is kept").isEqualTo("5000");
        assertThat(bounded.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
        assertThat(bounded.getProperty("mail.smtp.writetimeout")).isEqualTo("20000");
        assertThat(bounded.getProperty("mail.smtps.connectiontimeout")).isEqualTo("10000");
        assertThat(bounded.getProperty("mail.smtps.timeout")).isEqualTo("30000");
        assertThat(bounded.getProperty("mail.smtps.writetimeout")).isEqualTo("20000");
    }

    @Test
    void loginsAreAskedOfTheConfiguredSession() throws Exception {
        Session configured = Session.getInstance(new Properties(), new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("callrec", "secret-of-the-server-config");
            }
        });
        PasswordAuthentication login = new MailTimeouts(1, 1, 1).applyTo(configured)
                .requestPasswordAuthentication(InetAddress.getLoopbackAddress(), 25, "smtp", null, "callrec");
        assertThat(login.getPassword()).isEqualTo("secret-of-the-server-config");
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersFailsTheSendWithinTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket held = silent.accept()) {
                    Thread.sleep(30_000);
                } catch (Exception e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Properties configured = new Properties();
            configured.setProperty("mail.smtp.host", "127.0.0.1");
            configured.setProperty("mail.smtp.port", Integer.toString(silent.getLocalPort()));
            Session bounded = new MailTimeouts(1_000, 1_000, 1_000).applyTo(Session.getInstance(configured));
            MimeMessage message = new MimeMessage(bounded);
            message.setFrom(new InternetAddress("callrec@localhost"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("alice@example.net"));
            message.setText("x");
            long started = System.nanoTime();
            assertThatThrownBy(() -> Transport.send(message)).isInstanceOf(MessagingException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            acceptor.interrupt();
        }
    }
}
