package io.callrec.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailureTest {

    /** Shaped like the provider's exceptions that carry the server's reply code. */
    public static class Replied extends MessagingException {
        private final int code;

        Replied(int code, String message) {
            super(message);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void aFiveHundredReplyForTheAddressIsPermanent() {
        SmtpFailure f = SmtpFailure.of(new SendFailedException("Invalid Addresses",
                new Replied(550, "550 5.1.1 <nobody@example.net>: no such user")));
        assertThat(f.permanent()).isTrue();
        assertThat(f.reason()).contains("Invalid Addresses", "550 5.1.1");
    }

    @Test
    void aFourHundredReplyIsRetried() {
        assertThat(SmtpFailure.of(new SendFailedException("Invalid Addresses",
                new Replied(451, "451 4.3.0 try again later"))).permanent()).isFalse();
    }

    @Test
    void aRefusedConnectionIsRetriedAndSaysSo() {
        SmtpFailure f = SmtpFailure.of(new MessagingException("Couldn't connect to host, port: localhost, 25",
                new ConnectException("Connection refused")));
        assertThat(f.permanent()).isFalse();
        assertThat(f.reason()).contains("connection refused: Connection refused");
    }
}
