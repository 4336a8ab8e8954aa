package io.callrec.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    private LoginThrottle.State fail(LoginThrottle.State state, int times, Instant at) {
        LoginThrottle.State s = state;
        for (int i = 0; i < times; i++) {
            s = throttle.afterFailure(s, at);
        }
        return s;
    }

    @Test
    void theFifthFailureWithinThePeriodLocksForThePeriod() {
        LoginThrottle.State four = fail(LoginThrottle.State.CLEAR, 4, T0);
        assertThat(throttle.isLocked(four, T0)).isFalse();
        LoginThrottle.State five = throttle.afterFailure(four, T0.plusSeconds(60));
        assertThat(throttle.isLocked(five, T0.plusSeconds(61))).isTrue();
        assertThat(five.lockedUntil()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(15)));
        assertThat(throttle.isLocked(five, five.lockedUntil())).as("open again when the lock ends").isFalse();
    }

    @Test
    void failuresOlderThanThePeriodAreForgotten() {
        LoginThrottle.State four = fail(LoginThrottle.State.CLEAR, 4, T0);
        LoginThrottle.State later = throttle.afterFailure(four, T0.plus(Duration.ofMinutes(15)));
        assertThat(later.failures()).isEqualTo(1);
        assertThat(throttle.isLocked(later, T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresDuringTheLockNeitherCountNorExtendIt() {
        LoginThrottle.State locked = fail(LoginThrottle.State.CLEAR, 5, T0);
        LoginThrottle.State again = fail(locked, 10, T0.plusSeconds(600));
        assertThat(again).isEqualTo(locked);
    }

    @Test
    void afterTheLockTheCountStartsAgain() {
        LoginThrottle.State locked = fail(LoginThrottle.State.CLEAR, 5, T0);
        LoginThrottle.State after = throttle.afterFailure(locked, locked.lockedUntil().plusSeconds(1));
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedUntil()).isNull();
    }
}
