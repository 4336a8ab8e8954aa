package io.callrec.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountMailTest {

    private static final AccountMail A_SENT = new AccountMail("a", MailState.SENT, 1, null, Instant.parse("2026-12-01T10:00:00Z"));
    private static final AccountMail B_FAILED = new AccountMail("b", MailState.FAILED, 1, "550 no such user", null);

    @Test
    void theHeadlineIsTheMailOfTheFirstEntitledAccountInXdrOrder() {
        assertThat(AccountMail.headline(List.of("b", "a"), List.of(A_SENT, B_FAILED))).isEqualTo(B_FAILED);
        assertThat(AccountMail.headline(List.of("a", "b"), List.of(A_SENT, B_FAILED))).isEqualTo(A_SENT);
    }

    @Test
    void anEntitledAccountWithoutAMailIsSkipped() {
        assertThat(AccountMail.headline(List.of("c", "b"), List.of(A_SENT, B_FAILED))).isEqualTo(B_FAILED);
    }

    @Test
    void withoutAnEntitledAccountThatHasAMailTheFirstMailIsTheHeadline() {
        assertThat(AccountMail.headline(List.of("c"), List.of(A_SENT, B_FAILED))).isEqualTo(A_SENT);
    }

    @Test
    void withoutAnyMailTheHeadlineIsNoneWithNothingTried() {
        AccountMail none = AccountMail.headline(List.of("a"), List.of());
        assertThat(none.state()).isEqualTo(MailState.NONE);
        assertThat(none.attempts()).isZero();
        assertThat(none.lastError()).isNull();
        assertThat(none.sentAt()).isNull();
    }
}
