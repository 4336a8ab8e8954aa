package io.callrec.domain.webevent;

import java.time.Duration;

/**
 * How long a handler waits before the next try of an event it failed: {@code first} after the first
 * failure, doubling after each further one, never more than {@code cap} (10 s doubling to 1 h by
 * default, so a receiver down for a day is tried about 30 times). After {@code failingAfter} of failures
 * in a row the handler counts as failing; it is still tried at the cap.
 */
public record RetrySchedule(Duration first, Duration cap, Duration failingAfter) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("the first delay must be positive and at most the cap: " + first + ", " + cap);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration delayAfter(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** Whether failures since {@code failingFor} make the handler failing. */
    public boolean isFailing(Duration failingFor) {
        return failingFor.compareTo(failingAfter) >= 0;
    }
}
