package io.callrec.domain.webevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));

    @Test
    void delaysDoubleFromTenSecondsUpToTheHourCap() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(schedule.delayAfter(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(schedule.delayAfter(10)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(1_000_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDayOfFailuresIsTriedAboutThirtyTimesAndThenCountsAsFailing() {
        Duration waited = Duration.ZERO;
        int tries = 0;
        while (waited.compareTo(Duration.ofHours(24)) < 0) {
            waited = waited.plus(schedule.delayAfter(++tries));
        }
        assertThat(tries).isBetween(25, 35);
        assertThat(schedule.isFailing(Duration.ofHours(23))).isFalse();
        assertThat(schedule.isFailing(Duration.ofHours(24))).isTrue();
    }

    @Test
    void aFirstDelayAboveTheCapIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
