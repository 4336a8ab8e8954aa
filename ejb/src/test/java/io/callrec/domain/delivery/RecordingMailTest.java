package io.callrec.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingMailTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aNewMailIsNoneAndQueuingItMakesItPendingOnce() {
        RecordingMail mail = new RecordingMail(7, "1001");
        assertThat(mail.getState()).isEqualTo(MailState.NONE);
        assertThat(mail.queue()).isTrue();
        assertThat(mail.getState()).isEqualTo(MailState.PENDING);
        assertThat(mail.queue()).as("already on its way: no second request").isFalse();
    }

    @Test
    void aSentMailIsNeverQueuedAgainNorTurnedBackToNone() {
        RecordingMail mail = new RecordingMail(7, "1001");
        mail.queue();
        mail.attempt();
        mail.sent(AT);
        assertThat(mail.queue()).isFalse();
        mail.notDue("the account has no e-mail address");
        assertThat(mail.getState()).isEqualTo(MailState.SENT);
        assertThat(mail.getSentAt()).isEqualTo(AT);
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getAttempts()).isEqualTo(1);
    }

    @Test
    void aMailRefusedForGoodIsNotQueuedAgain() {
        RecordingMail mail = new RecordingMail(7, "1001");
        mail.queue();
        mail.fail("550 no such user");
        assertThat(mail.queue()).isFalse();
        assertThat(mail.getState()).isEqualTo(MailState.FAILED);
        assertThat(mail.getLastError()).isEqualTo("550 no such user");
    }

    @Test
    void aMailNotDueStaysNoneWithTheReasonAndIsQueuedOnceItIsDue() {
        RecordingMail mail = new RecordingMail(7, "1001");
        mail.notDue("the account has no e-mail address");
        assertThat(mail.getState()).isEqualTo(MailState.NONE);
        assertThat(mail.getLastError()).isEqualTo("the account has no e-mail address");
        assertThat(mail.queue()).isTrue();
        assertThat(mail.getLastError()).as("the reason no longer holds").isNull();
    }

    @Test
    void aTransientFailureKeepsTheMailPendingWithTheError() {
        RecordingMail mail = new RecordingMail(7, "1001");
        mail.queue();
        mail.attempt();
        mail.attemptFailed("421 try later");
        assertThat(mail.getState()).isEqualTo(MailState.PENDING);
        assertThat(mail.getLastError()).isEqualTo("421 try later");
    }

    @Test
    void givingUpFailsAPendingMailWithTheLastErrorAndLeavesASentOneAlone() {
        RecordingMail pending = new RecordingMail(7, "1001");
        pending.queue();
        pending.attempt();
        pending.attemptFailed("connection refused");
        pending.gaveUp(30);
        assertThat(pending.getState()).isEqualTo(MailState.FAILED);
        assertThat(pending.getLastError()).isEqualTo("not sent after 30 attempts: connection refused");

        RecordingMail sent = new RecordingMail(7, "1002");
        sent.queue();
        sent.sent(AT);
        sent.gaveUp(30);
        assertThat(sent.getState()).isEqualTo(MailState.SENT);
    }

    @Test
    void aMailNoLongerDueWhenSentIsDroppedToNoneWithTheReason() {
        RecordingMail mail = new RecordingMail(7, "1001");
        mail.queue();
        mail.drop("no longer due: RecordsDelivery.Enabled is off");
        assertThat(mail.getState()).isEqualTo(MailState.NONE);
        assertThat(mail.getLastError()).isEqualTo("no longer due: RecordsDelivery.Enabled is off");
    }

    @Test
    void anErrorIsKeptToTheColumnsLength() {
        RecordingMail mail = new RecordingMail(7, "1001");
        mail.fail("x".repeat(RecordingMail.ERROR_LENGTH + 50));
        assertThat(mail.getLastError()).hasSize(RecordingMail.ERROR_LENGTH);
    }

    @Test
    void theSummaryIsADetachedCopyNamingTheAccount() {
        RecordingMail mail = new RecordingMail(7, "1001");
        mail.queue();
        mail.attempt();
        mail.sent(AT);
        assertThat(mail.summary()).isEqualTo(new AccountMail("1001", MailState.SENT, 1, null, AT));
        assertThat(mail.getRecordingId()).isEqualTo(7);
    }

    @Test
    void twoKeysAreEqualForTheSameRecordingAndAccountOnly() {
        assertThat(new RecordingMail.Key(7, "1001")).isEqualTo(new RecordingMail.Key(7, "1001"))
                .hasSameHashCodeAs(new RecordingMail.Key(7, "1001"))
                .isNotEqualTo(new RecordingMail.Key(7, "1002")).isNotEqualTo(new RecordingMail.Key(8, "1001"));
    }
}
