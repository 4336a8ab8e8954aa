package io.callrec.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant CALL = Instant.parse("2026-01-10T09:30:00Z");

    private static Instant day(int n) {
        return Clock.offset(Clock.fixed(CALL, ZoneOffset.UTC), Duration.ofDays(n)).instant();
    }

    @Test
    void recordingIsKeptOnDay59AndExpiresOnDay60ByDefault() {
        int days = RetentionPolicy.daysFor(null);
        assertThat(days).isEqualTo(59);
        assertThat(RetentionPolicy.isExpired(CALL, day(59), days)).isFalse();
        assertThat(RetentionPolicy.isExpired(CALL, day(59).plusMillis(1), days)).isTrue();
        assertThat(RetentionPolicy.isExpired(CALL, day(60), days)).isTrue();
    }

    @Test
    void customerRetentionOverridesTheDefault() {
        int days = RetentionPolicy.daysFor(365);
        assertThat(RetentionPolicy.isExpired(CALL, day(60), days)).isFalse();
        assertThat(RetentionPolicy.isExpired(CALL, day(365), days)).isFalse();
        assertThat(RetentionPolicy.isExpired(CALL, day(366), days)).isTrue();
    }

    @Test
    void threeYearsAreAcceptedAndOneDayMoreIsRefused() {
        assertThat(RetentionPolicy.validate(1095)).isEqualTo(1095);
        assertThat(RetentionPolicy.validate(1)).isEqualTo(1);
        assertThatThrownBy(() -> RetentionPolicy.validate(1096))
                .hasMessage("retention must be between 1 and 1095 days (3 years), not 1096");
        assertThatThrownBy(() -> RetentionPolicy.validate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
