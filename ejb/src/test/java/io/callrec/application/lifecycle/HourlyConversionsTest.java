package io.callrec.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.persistence.Recordings.Finished;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyConversionsTest {

    private static final Instant FIRST = Instant.parse("2026-12-04T12:00:00Z");

    /** A conversion that ended at {@code at}, {@code lagSeconds} after its recording was created. */
    private static Finished finished(String at, long lagSeconds, RecordingState state) {
        Instant end = Instant.parse(at);
        return new Finished(end, end.minusSeconds(lagSeconds), state);
    }

    @Test
    void conversionsCountInTheirClockHourAsWithAudioOrFailedWithTheirAverageLag() {
        List<HourlyConversions.Hour> hours = HourlyConversions.count(List.of(
                finished("2026-12-04T12:00:00Z", 2, RecordingState.AVAILABLE),
                finished("2026-12-04T12:59:59.999Z", 4, RecordingState.PARTIAL),
                finished("2026-12-04T13:00:00Z", 10, RecordingState.FAILED),
                finished("2026-12-05T11:30:00Z", 1, RecordingState.AVAILABLE)), FIRST, 24);

        assertThat(hours).hasSize(24);
        assertThat(hours.get(0)).isEqualTo(new HourlyConversions.Hour(FIRST, 2, 0, Duration.ofSeconds(3)));
        assertThat(hours.get(1)).isEqualTo(new HourlyConversions.Hour(FIRST.plusSeconds(3600), 0, 1, Duration.ofSeconds(10)));
        assertThat(hours.get(23).withAudio()).isEqualTo(1);
        assertThat(hours.subList(2, 23)).allMatch(h -> h.withAudio() == 0 && h.failed() == 0 && h.averageLag() == null);
    }

    @Test
    void conversionsOutsideTheHoursAreLeftOut() {
        List<HourlyConversions.Hour> hours = HourlyConversions.count(List.of(
                new Finished(FIRST.minusMillis(1), FIRST.minusSeconds(5), RecordingState.AVAILABLE),
                new Finished(FIRST.plusSeconds(24 * 3600), FIRST, RecordingState.FAILED)), FIRST, 24);

        assertThat(hours).allMatch(h -> h.withAudio() == 0 && h.failed() == 0);
    }
}
