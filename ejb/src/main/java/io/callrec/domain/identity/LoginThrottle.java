package io.callrec.domain.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed-login rule: {@code maxFailures} failures within {@code period} lock the login for
 * {@code period}. Failures older than the period are forgotten; a success forgets them all; failures
 * while locked neither count nor extend the lock (an attacker gains nothing, the owner waits no longer).
 */
public record LoginThrottle(int maxFailures, Duration period) {

    public LoginThrottle {
        if (maxFailures < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a login throttle needs at least one failure and a positive period");
        }
    }

    /** The failure count and lock of one login, as stored with it. */
    public record State(int failures, Instant windowStart, Instant lockedUntil) {
        public static final State CLEAR = new State(0, null, null);
    }

    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /** False once the state says nothing any more: no lock running and no failure within the period. */
    public boolean counts(State state, Instant now) {
        return isLocked(state, now)
                || (state.windowStart() != null && now.isBefore(state.windowStart().plus(period)));
    }

    public State afterFailure(State state, Instant now) {
        if (isLocked(state, now)) {
            return state;
        }
        boolean fresh = state.windowStart() == null || !now.isBefore(state.windowStart().plus(period));
        int failures = fresh ? 1 : state.failures() + 1;
        Instant start = fresh ? now : state.windowStart();
        return failures >= maxFailures ? new State(0, null, now.plus(period)) : new State(failures, start, null);
    }
}
