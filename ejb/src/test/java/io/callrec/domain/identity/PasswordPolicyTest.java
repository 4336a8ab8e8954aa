package io.callrec.domain.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenCharactersAreEnoughNineAreNot() {
        assertThatCode(() -> PasswordPolicy.check("password", "alice", "0123456789")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("password", "alice", "012345678"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("field 'password' must be at least 10 characters long");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThatThrownBy(() -> PasswordPolicy.check("p", "alice", "😀😀😀😀😀")).hasMessageContaining("at least 10");
        assertThatCode(() -> PasswordPolicy.check("p", "alice", "😀😀😀😀😀😀😀😀😀😀")).doesNotThrowAnyException();
    }

    @Test
    void moreThanBcryptsSeventyTwoBytesIsRefusedRatherThanSilentlyCut() {
        assertThatCode(() -> PasswordPolicy.check("p", "alice", "x".repeat(72))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("p", "alice", "x".repeat(73))).hasMessageContaining("at most 72 bytes");
        assertThatThrownBy(() -> PasswordPolicy.check("p", "alice", "é".repeat(37))).hasMessageContaining("at most 72 bytes");
    }

    @Test
    void theLoginControlCharactersAndNothingAreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("p", "alice-1234", "ALICE-1234")).hasMessageContaining("not be the login");
        assertThatThrownBy(() -> PasswordPolicy.check("p", "alice", "0123456789\n")).hasMessageContaining("control");
        assertThatThrownBy(() -> PasswordPolicy.check("p", "alice", null)).hasMessage("field 'p' is required");
    }

    @Test
    void loginsAreLettersDigitsAndDotUnderscoreAtDashButNeverMe() {
        assertThatCode(() -> LoginName.check("login", "switch-1.pop_2@acme")).doesNotThrowAnyException();
        assertThatThrownBy(() -> LoginName.check("login", "me")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> LoginName.check("login", "a:b")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> LoginName.check("login", "")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> LoginName.check("login", "x".repeat(65))).isInstanceOf(InvalidFieldException.class);
    }
}
