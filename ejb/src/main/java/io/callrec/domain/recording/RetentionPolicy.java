package io.callrec.domain.recording;

import java.time.Duration;
import java.time.Instant;

/**
 * How long recordings are kept: 59 days unless the customer chose otherwise, never more than three
 * years (1095 days). A recording is kept through its last day and expires the day after: with 59
 * days, a call made at T is still there at T+59d and gone from T+59d plus one instant on.
 */
public final class RetentionPolicy {

    public static final int DEFAULT_DAYS = 59;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 1095;

    private RetentionPolicy() {
    }

    /** The days in force for a customer whose own setting is {@code customerDays} (null = default). */
    public static int daysFor(Integer customerDays) {
        return customerDays == null ? DEFAULT_DAYS : customerDays;
    }

    /** Calls made before this instant have expired. */
    public static Instant cutoff(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    public static boolean isExpired(Instant recordedAt, Instant now, int days) {
        return recordedAt.isBefore(cutoff(now, days));
    }

    /** Refuses a retention outside 1..1095 days with a message an operator understands. */
    public static int validate(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("retention must be between " + MIN_DAYS + " and " + MAX_DAYS
                    + " days (3 years), not " + days);
        }
        return days;
    }
}
