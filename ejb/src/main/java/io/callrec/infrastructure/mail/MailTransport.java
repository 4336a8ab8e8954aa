package io.callrec.infrastructure.mail;

import io.callrec.domain.delivery.RecordingMessage;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;

/**
 * Sends a recording's message through the server's mail session: multipart/mixed holding a
 * multipart/alternative (plain text, HTML) and, when attached, the audio. The Message-ID is the
 * recording's own, so a message sent again after a crash is recognisable as the same one. Every
 * connection is bounded by {@link MailTimeouts}, so a hanging SMTP server fails the attempt (retried later).
 */
@ApplicationScoped
public class MailTransport {

    /** The mail session of configure-mail.cli. */
    public static final String SESSION = "java:jboss/mail/callrec";

    @Resource(lookup = SESSION)
    Session session;

    /** The session with the SMTP timeouts, made once from the configured one. */
    private volatile Session bounded;

    /** One message to one address; {@code attachment} is null for the link variant. */
    public record Outgoing(String messageId, String to, RecordingMessage content, Path attachment, String attachmentName,
                           String attachmentType) {
    }

    /** Sends it; a failure is described by an {@link SmtpFailure} (permanent or worth a retry). */
    public void send(Outgoing mail) throws SendFailure {
        try {
            Transport.send(message(bounded(), mail));
        } catch (MessagingException | RuntimeException e) {
            throw new SendFailure(SmtpFailure.of(e), e);
        }
    }

    private Session bounded() {
        Session s = bounded;
        if (s == null) {
            s = MailTimeouts.fromSystemProperties().applyTo(session);
            bounded = s;
        }
        return s;
    }

    static MimeMessage message(Session session, Outgoing mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.content().subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.content().text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.content().html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed", body);
        if (mail.attachment() != null) {
            MimeBodyPart audio = new MimeBodyPart();
            FileDataSource source = new FileDataSource(mail.attachment().toFile()) {
                @Override
                public String getContentType() {
                    return mail.attachmentType();
                }
            };
            audio.setDataHandler(new DataHandler(source));
            audio.setFileName(mail.attachmentName());
            audio.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(audio);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    /** Sending failed; {@link #failure()} says whether to retry. */
    public static class SendFailure extends Exception {
        private final transient SmtpFailure failure;

        /** A failure as the SMTP exchange described it (public: the mailer's tests stand in for the server). */
        public SendFailure(SmtpFailure failure, Throwable cause) {
            super(failure.reason(), cause);
            this.failure = failure;
        }

        public SmtpFailure failure() {
            return failure;
        }
    }
}
