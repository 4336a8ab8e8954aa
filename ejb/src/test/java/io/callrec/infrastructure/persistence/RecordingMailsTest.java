package io.callrec.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.delivery.MailState;
import io.callrec.domain.delivery.RecordingMail;
import io.callrec.infrastructure.persistence.migration.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each recording's mails on a real database (H2, migrated): one row per recording and account, made once
 * and found again, each account's state kept apart from the others', listed by account.
 */
class RecordingMailsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() {
        emf = TestDatabases.persistenceUnit(TestDatabases.h2("recording-mails"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static RecordingMails mails(jakarta.persistence.EntityManager em) {
        RecordingMails mails = new RecordingMails();
        mails.em = em;
        return mails;
    }

    @Test
    void eachAccountHasItsOwnRowMadeOnceAndListedByAccount() {
        TestDatabases.inTransaction(emf, em -> {
            RecordingMails mails = mails(em);
            mails.lockOrAdd(70, "b").queue();
            mails.lockOrAdd(70, "a").notDue("the account has no e-mail address");
            mails.lockOrAdd(71, "a").queue();
            return null;
        });
        TestDatabases.inTransaction(emf, em -> {
            RecordingMail b = mails(em).lockOrAdd(70, "b");
            assertThat(b.getState()).as("found again, not made anew").isEqualTo(MailState.PENDING);
            b.attempt();
            b.sent(NOW);
            return null;
        });

        List<RecordingMail> of70 = TestDatabases.inTransaction(emf, em -> mails(em).of(70));
        assertThat(of70).extracting(RecordingMail::getAccountId).containsExactly("a", "b");
        assertThat(of70.get(0).getState()).isEqualTo(MailState.NONE);
        assertThat(of70.get(0).getLastError()).isEqualTo("the account has no e-mail address");
        assertThat(of70.get(1).getState()).isEqualTo(MailState.SENT);
        assertThat(of70.get(1).getSentAt()).isEqualTo(NOW);
        assertThat(of70.get(1).getAttempts()).isEqualTo(1);
        List<RecordingMail> of71 = TestDatabases.inTransaction(emf, em -> mails(em).of(71));
        assertThat(of71).extracting(RecordingMail::getAccountId, RecordingMail::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", MailState.PENDING));
        Optional<RecordingMail> none = TestDatabases.inTransaction(emf, em -> mails(em).lock(70, "c"));
        assertThat(none).isEmpty();
    }
}
