package io.callrec.application.lifecycle;

import io.callrec.application.Secured;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: the console's dashboard — how the recordings are doing now, read from the database in one
 * call: recordings per state created today and this week (UTC days, weeks from Monday), the conversion
 * queue (PENDING and CONVERTING) and the age of its oldest recording, FAILED and PARTIAL outcomes of the
 * last 24 hours per reason, and finished conversions per hour over the last 24 hours. Storage use comes
 * from {@link StorageReport}.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class OperationsOverview {

    static final int HOURS = 24;

    @Inject
    Recordings recordings;

    @Inject
    Clock clock;

    /** The queue now: how many wait or convert, and how long the oldest of them has existed (null: none). */
    public record Queue(long waiting, Duration oldestAge) {
    }

    /** A snapshot; {@code perHour} holds {@value #HOURS} hours, oldest first, the last one the current hour. */
    public record Overview(Instant at, Map<RecordingState, Long> today, Map<RecordingState, Long> thisWeek, Queue queue,
                           List<Recordings.ReasonCount> attentionLastDay, List<HourlyConversions.Hour> perHour) {
    }

    public Overview now(Caller caller) {
        caller.require(Role.ADMIN);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        Recordings.Queue queue = recordings.queue();
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
        return new Overview(now, recordings.countByStateSince(today.atStartOfDay(ZoneOffset.UTC).toInstant()),
                recordings.countByStateSince(weekStart),
                new Queue(queue.waiting(), queue.oldestCreatedAt() == null ? null
                        : Duration.between(queue.oldestCreatedAt(), now)),
                recordings.outcomesNeedingAttentionSince(now.minus(Duration.ofHours(HOURS))),
                HourlyConversions.count(recordings.finishedSince(firstHour), firstHour, HOURS));
    }
}
