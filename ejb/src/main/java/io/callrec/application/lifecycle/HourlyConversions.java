package io.callrec.application.lifecycle;

import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.persistence.Recordings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finished conversions counted per clock hour (UTC), in Java rather than SQL so that the hour is the same
 * on H2 and PostgreSQL whatever the database's time zone: with audio (AVAILABLE, PARTIAL) and failed, and
 * their average lag (from the recording's creation, when the call was posted, to its outcome).
 */
public final class HourlyConversions {

    private HourlyConversions() {
    }

    /** One hour from {@code start}: conversions that made audio, those that FAILED, their average lag (null: none). */
    public record Hour(Instant start, long withAudio, long failed, Duration averageLag) {
    }

    /** {@code hours} consecutive hours from {@code firstHour} (a whole hour), each with its counts; others ignored. */
    static List<Hour> count(List<Recordings.Finished> finished, Instant firstHour, int hours) {
        long[] audio = new long[hours];
        long[] failed = new long[hours];
        long[] lagMillis = new long[hours];
        for (Recordings.Finished f : finished) {
            long index = Duration.between(firstHour, f.at()).toHours();
            if (f.at().isBefore(firstHour) || index >= hours) {
                continue;
            }
            if (f.state() == RecordingState.FAILED) {
                failed[(int) index]++;
            } else if (f.state().hasAudio()) {
                audio[(int) index]++;
            } else {
                continue;
            }
            lagMillis[(int) index] += Duration.between(f.createdAt(), f.at()).toMillis();
        }
        List<Hour> result = new ArrayList<>(hours);
        for (int i = 0; i < hours; i++) {
            long done = audio[i] + failed[i];
            result.add(new Hour(firstHour.plus(Duration.ofHours(i)), audio[i], failed[i],
                    done == 0 ? null : Duration.ofMillis(lagMillis[i] / done)));
        }
        return result;
    }
}
