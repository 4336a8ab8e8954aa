package io.callrec.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.delivery.RecordingMessage;
import io.callrec.infrastructure.mail.MailTransport;
import io.callrec.infrastructure.mail.SmtpFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sending one account's mail: the SMTP server's answer decides for that account only (accepted → sent,
 * 5xx → refused for good, anything else → kept for a retry and thrown so the broker redelivers), and a
 * request queued before requests named their account is for the recording's first entitled account.
 */
class RecordingMailerTest {

    private final List<String> steps = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private Map<String, SmtpFailure> failures = Map.of();
    private RecordingMailer mailer;

    @BeforeEach
    void wire() {
        mailer = new RecordingMailer();
        mailer.attempts = new MailAttempts() {
            @Override
            public Optional<MailTransport.Outgoing> begin(long recordingId, String accountId) {
                steps.add("begin " + recordingId + "/" + accountId);
                return Optional.of(new MailTransport.Outgoing(RecordingMessage.messageId(recordingId, accountId, "h"),
                        accountId + "@example.net", new RecordingMessage("s", "t", "<p>h</p>"), null, "r.wav", "audio/wav"));
            }

            @Override
            public Optional<String> accountOfUnaddressedRequest(long recordingId) {
                return Optional.of("first");
            }

            @Override
            public void sent(long recordingId, String accountId) {
                steps.add("sent " + recordingId + "/" + accountId);
            }

            @Override
            public void failedForNow(long recordingId, String accountId, String error) {
                steps.add("failedForNow " + recordingId + "/" + accountId + ": " + error);
            }

            @Override
            public void refused(long recordingId, String accountId, String reason) {
                steps.add("refused " + recordingId + "/" + accountId + ": " + reason);
            }

            @Override
            public void gaveUp(long recordingId, String accountId, int deliveries) {
                steps.add("gaveUp " + recordingId + "/" + accountId + " after " + deliveries);
            }
        };
        mailer.transport = new MailTransport() {
            @Override
            public void send(Outgoing mail) throws SendFailure {
                SmtpFailure failure = failures.get(mail.to());
                if (failure != null) {
                    throw new SendFailure(failure, null);
                }
                delivered.add(mail.to() + " " + mail.messageId());
            }
        };
    }

    @Test
    void aPermanentRefusalForOneAccountFailsOnlyThatAccountsMail() {
        failures = Map.of("a@example.net", new SmtpFailure(true, "550 no such user"));
        mailer.send(7, "a");
        mailer.send(7, "b");
        assertThat(steps).containsExactly("begin 7/a", "refused 7/a: 550 no such user", "begin 7/b", "sent 7/b");
        assertThat(delivered).containsExactly("b@example.net <recording-7.b.callrec@h>");
    }

    @Test
    void aTransientFailureKeepsTheErrorAndThrowsSoTheBrokerRedeliversThatAccountsRequest() {
        failures = Map.of("a@example.net", new SmtpFailure(false, "421 try later"));
        assertThatThrownBy(() -> mailer.send(7, "a")).isInstanceOf(MailRetryException.class)
                .hasMessageContaining("account a").hasMessageContaining("421 try later");
        mailer.send(7, "b");
        assertThat(steps).containsExactly("begin 7/a", "failedForNow 7/a: 421 try later", "begin 7/b", "sent 7/b");
    }

    @Test
    void aRequestNamingNoAccountIsForTheRecordingsFirstEntitledAccount() {
        mailer.send(7, null);
        mailer.gaveUp(8, null, 30);
        assertThat(steps).containsExactly("begin 7/first", "sent 7/first", "gaveUp 8/first after 30");
    }

    @Test
    void givingUpFailsTheNamedAccountsMail() {
        mailer.gaveUp(7, "b", 30);
        assertThat(steps).containsExactly("gaveUp 7/b after 30");
    }
}
