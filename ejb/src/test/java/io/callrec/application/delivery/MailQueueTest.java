package io.callrec.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.delivery.MailPolicy;
import io.callrec.domain.delivery.MailState;
import io.callrec.domain.delivery.RecordingMail;
import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.messaging.MailRequests;
import io.callrec.infrastructure.persistence.RecordingMails;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queueing a finished recording's mails: each entitled account is decided and queued on its own, one
 * request per account due, a reason for each account not due, and an outcome recorded again never
 * queues an account twice.
 */
class MailQueueTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final Map<String, RecordingMail> rows = new LinkedHashMap<>();
    private final List<String> requested = new ArrayList<>();
    private List<MailAccounts.Due> dues = List.of();
    private boolean deliveryOn = true;
    private MailQueue queue;
    private Recording recording;

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        queue = new MailQueue();
        queue.accounts = new MailAccounts() {
            @Override
            public List<Due> of(Recording r) {
                return dues;
            }
        };
        queue.recordsDelivery = new RecordsDeliveryOption() {
            @Override
            public boolean enabled() {
                return deliveryOn;
            }
        };
        queue.mails = new RecordingMails() {
            @Override
            public Optional<RecordingMail> lock(long recordingId, String accountId) {
                return Optional.ofNullable(rows.get(recordingId + "/" + accountId));
            }

            @Override
            public RecordingMail lockOrAdd(long recordingId, String accountId) {
                return rows.computeIfAbsent(recordingId + "/" + accountId, k -> new RecordingMail(recordingId, accountId));
            }
        };
        queue.requests = new MailRequests() {
            @Override
            public void request(long recordingId, String accountId) {
                requested.add(recordingId + "/" + accountId);
            }
        };
        recording = Recording.pending("acme", NOW, "/spool/7.cap", NOW);
        Field id = Recording.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(recording, 7L);
    }

    private static MailAccounts.Due send(String account) {
        return new MailAccounts.Due(null, account, null, new MailPolicy.Decision(true, null));
    }

    private static MailAccounts.Due notDue(String account, String reason) {
        return new MailAccounts.Due(null, account, null, new MailPolicy.Decision(false, reason));
    }

    @Test
    void everyAccountDueGetsItsOwnPendingMailAndItsOwnRequest() {
        dues = List.of(send("a"), send("b"));
        queue.onOutcome(recording);
        assertThat(requested).containsExactly("7/a", "7/b");
        assertThat(rows.values()).extracting(RecordingMail::getState).containsOnly(MailState.PENDING);
    }

    @Test
    void anAccountNotDueShowsNoneWithTheReasonWhileTheOtherIsQueued() {
        dues = List.of(notDue("a", "the account has no e-mail address"), send("b"));
        queue.onOutcome(recording);
        assertThat(requested).containsExactly("7/b");
        assertThat(rows.get("7/a").getState()).isEqualTo(MailState.NONE);
        assertThat(rows.get("7/a").getLastError()).isEqualTo("the account has no e-mail address");
        assertThat(rows.get("7/b").getState()).isEqualTo(MailState.PENDING);
    }

    @Test
    void anOutcomeRecordedAgainQueuesNoAccountTwice() {
        dues = List.of(send("a"), send("b"), send("c"));
        queue.onOutcome(recording);
        rows.get("7/a").sent(NOW);
        rows.get("7/c").fail("550 no such user");
        requested.clear();

        queue.onOutcome(recording);

        assertThat(requested).as("a SENT, b still PENDING with its request, c refused for good").isEmpty();
        assertThat(rows.get("7/a").getState()).isEqualTo(MailState.SENT);
        assertThat(rows.get("7/b").getState()).isEqualTo(MailState.PENDING);
        assertThat(rows.get("7/c").getState()).isEqualTo(MailState.FAILED);
    }

    @Test
    void anAccountNotDueAtFirstIsQueuedWhenAReconversionFindsItDue() {
        dues = List.of(notDue("a", "the account does not have \"send the call recording via email\""));
        queue.onOutcome(recording);
        assertThat(requested).isEmpty();
        dues = List.of(send("a"));
        queue.onOutcome(recording);
        assertThat(requested).containsExactly("7/a");
    }

    @Test
    void withRecordsDeliveryOffNoMailIsWrittenOrQueued() {
        deliveryOn = false;
        dues = List.of(send("a"));
        queue.onOutcome(recording);
        assertThat(rows).isEmpty();
        assertThat(requested).isEmpty();
    }
}
