package io.callrec.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.identity.PasswordHash;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import io.callrec.infrastructure.persistence.Users;
import io.callrec.infrastructure.security.ClientFailures;
import io.callrec.infrastructure.security.SecuritySettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two failed-login locks with the default settings (5 failures from one address, 50 from all, 15
 * minutes): a guesser locks the login for its own address only, many addresses together lock it
 * everywhere, and a new password opens it again for every address.
 */
class LoginGateTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");
    private final UserAccount admin = new UserAccount("admin", Role.ADMIN, null, null,
            new PasswordHash("00", "00", 10), T0.minusSeconds(3600));
    private final LoginGate gate = gate(admin);

    private static LoginGate gate(UserAccount user) {
        LoginGate gate = new LoginGate();
        gate.users = new Users() {
            @Override
            public Optional<UserAccount> find(String login) {
                return Optional.of(user).filter(u -> u.getLogin().equals(login));
            }

            @Override
            public Optional<UserAccount> lockForUpdate(String login) {
                return find(login);
            }
        };
        gate.settings = new SecuritySettings();
        gate.clients = new ClientFailures();
        gate.clock = Clock.fixed(T0, ZoneOffset.UTC);
        return gate;
    }

    private void fail(String client, int times) {
        for (int i = 0; i < times; i++) {
            if (gate.admit("admin", client).state() == LoginGate.State.OPEN) {
                gate.failed("admin", client);
            }
        }
    }

    @Test
    void fiveFailuresFromOneAddressLockItButNotTheOwnersAddress() {
        fail("203.0.113.7", 5);

        assertThat(gate.admit("admin", "203.0.113.7").state()).isEqualTo(LoginGate.State.LOCKED);
        assertThat(gate.admit("admin", "198.51.100.1").state()).as("the owner, elsewhere").isEqualTo(LoginGate.State.OPEN);
    }

    @Test
    void oneAddressCannotLockTheLoginEverywhereHoweverOftenItTries() {
        fail("203.0.113.7", 500);

        assertThat(admin.getLockedUntil()).isNull();
        assertThat(gate.admit("admin", "198.51.100.1").state()).isEqualTo(LoginGate.State.OPEN);
    }

    @Test
    void fiftyFailuresFromManyAddressesLockTheLoginEverywhere() {
        for (int a = 1; a <= 10; a++) {
            fail("203.0.113." + a, 5);
        }

        assertThat(admin.getLockedUntil()).isEqualTo(T0.plusSeconds(15 * 60));
        assertThat(gate.admit("admin", "198.51.100.1").state()).isEqualTo(LoginGate.State.LOCKED);
    }

    @Test
    void aNewPasswordOpensTheLoginForEveryAddress() {
        fail("203.0.113.7", 5);

        admin.changePassword(new PasswordHash("11", "11", 10), T0);

        assertThat(gate.admit("admin", "203.0.113.7").state()).isEqualTo(LoginGate.State.OPEN);
    }

    @Test
    void aWrongCurrentPasswordOfASignedInUserCountsOnlyEverywhere() {
        gate.failed("admin", null);

        assertThat(admin.loginState().failures()).isEqualTo(1);
        assertThat(gate.admit("admin", "203.0.113.7").failures()).isEqualTo(1);
    }
}
