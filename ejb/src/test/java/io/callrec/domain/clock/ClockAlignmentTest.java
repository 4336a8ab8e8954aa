package io.callrec.domain.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.AuditEntry;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.SpanOutcome;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.LegKind;
import io.callrec.domain.transfer.OwnedSpan;
import io.callrec.domain.transfer.Ownership;
import io.callrec.domain.transfer.OwnershipPolicy;
import io.callrec.domain.transfer.Participant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The call record's clock against the capture's: issue #18's 20-second call, whose switch asked to
 * record from connect + 5 s to connect + 10 s, with the xDR's clock equal to the capture's, ahead, behind,
 * a time zone and a day away. Wherever an anchor exists the recorded span is those 5 s of the capture.
 */
class ClockAlignmentTest {

    /** When the capture's 200 OK answered the INVITE (the capture's connect). */
    private static final Instant ANSWER = Instant.parse("2026-12-03T11:48:42.460Z");
    private static final Duration TOLERANCE = Duration.ofSeconds(3);

    private static ClockAlignment aligned(Duration xdrBehind) {
        Instant connect = ANSWER.minus(xdrBehind);
        return new ClockAlignment(AnchorKind.SIP_ANSWER, ANSWER, connect, connect.plusSeconds(20), TOLERANCE);
    }

    /** The span the on-demand account records when the switch says start at +5 s and stop at +10 s. */
    private static List<RecordedSpan> recorded(ClockAlignment clock) {
        Instant connect = clock.connect();
        List<ControlEvent> switchEvents = List.of(
                new ControlEvent(connect.plusSeconds(5), Action.START, Trigger.SWITCH, "*44"),
                new ControlEvent(connect.plusSeconds(10), Action.STOP, Trigger.SWITCH, "*45"));
        return SpanPolicy.apply(clock.toCapture(connect), clock.toCapture(clock.disconnect()), false, true,
                switchEvents.stream().map(clock::toCapture).toList()).spans();
    }

    private static final RecordedSpan ASKED = new RecordedSpan(ANSWER.plusSeconds(5), ANSWER.plusSeconds(10),
            Trigger.SWITCH);

    @Test
    void equalClocksMoveNothingAndSayNothing() {
        ClockAlignment clock = aligned(Duration.ZERO);
        assertThat(clock.offset()).isZero();
        assertThat(recorded(clock)).containsExactly(ASKED);
        assertThat(clock.auditEntry()).isEmpty();
        assertThat(clock.describe()).isEqualTo("the xDR's clock agrees with the capture's at the 200 OK answering the INVITE");
    }

    @Test
    void threeSecondsEitherWayIsSkewCorrectedSilently() {
        ClockAlignment behind = aligned(Duration.ofSeconds(3));
        ClockAlignment ahead = aligned(Duration.ofSeconds(-3));

        assertThat(behind.offsetMillis()).isEqualTo(3000);
        assertThat(ahead.offsetMillis()).isEqualTo(-3000);
        assertThat(recorded(behind)).containsExactly(ASKED);
        assertThat(recorded(ahead)).containsExactly(ASKED);
        assertThat(behind.beyondTolerance()).isFalse();
        assertThat(ahead.auditEntry()).isEmpty();
        assertThat(ahead.describe()).contains("the xDR's clock is 3.000 s ahead of the capture's", "within the 3.000 s tolerance",
                "moved by -3000 ms");
    }

    @Test
    void aTimeZoneAwayIsCorrectedAndReported() {
        ClockAlignment clock = aligned(Duration.ofHours(2).plusMillis(20));

        assertThat(recorded(clock)).containsExactly(ASKED);
        assertThat(clock.offsetMillis()).isEqualTo(7_200_020);
        assertThat(clock.auditEntry()).hasValueSatisfying(a -> {
            assertThat(a.at()).isEqualTo(ANSWER);
            assertThat(a.action()).isEqualTo(Action.ALIGN);
            assertThat(a.trigger()).isEqualTo(Trigger.CLOCK);
            assertThat(a.accepted()).isTrue();
            assertThat(a.changedRecording()).isFalse();
            assertThat(a.detail()).isEqualTo("xDR connectTime 2026-12-03T09:48:42.440Z; capture: the 200 OK answering"
                    + " the INVITE at 2026-12-03T11:48:42.460Z");
            assertThat(a.reason()).isEqualTo("the xDR's clock is 2 h 0 min 0.020 s behind the capture's at the 200 OK"
                    + " answering the INVITE (more than the 3.000 s tolerance): the xDR's times, control events and legs"
                    + " were moved by +7200020 ms onto the capture's clock");
        });
    }

    @Test
    void aDayAheadIsCorrectedAndReported() {
        ClockAlignment clock = aligned(Duration.ofDays(-1).minusHours(2).minusMinutes(48).minusMillis(42_460));

        assertThat(recorded(clock)).containsExactly(ASKED);
        assertThat(clock.beyondTolerance()).isTrue();
        assertThat(clock.describe()).startsWith("the xDR's clock is 1 d 2 h 48 min 42.460 s ahead of the capture's");
    }

    @Test
    void justBeyondTheToleranceIsReported() {
        assertThat(aligned(Duration.ofMillis(3000)).auditEntry()).isEmpty();
        assertThat(aligned(Duration.ofMillis(3001)).auditEntry()).isPresent();
        assertThat(aligned(Duration.ofMillis(-3001)).auditEntry()).isPresent();
    }

    @Test
    void withoutAnAnchorNothingMovesAndTheAuditSaysWhy() {
        Instant connect = Instant.parse("2026-12-02T09:00:00Z");
        ClockAlignment clock = new ClockAlignment(AnchorKind.NONE, null, connect, connect.plusSeconds(20), TOLERANCE);

        assertThat(clock.offset()).isZero();
        assertThat(recorded(clock)).containsExactly(new RecordedSpan(connect.plusSeconds(5), connect.plusSeconds(10),
                Trigger.SWITCH));
        assertThat(clock.auditEntry()).hasValueSatisfying(a -> {
            assertThat(a.accepted()).isFalse();
            assertThat(a.at()).isEqualTo(connect);
            assertThat(a.reason()).startsWith("the capture has no anchor for the xDR's clock")
                    .endsWith("so the xDR's times, control events and legs were used as they are");
        });
    }

    @Test
    void anAnchorKindWithoutATimeIsRefused() {
        assertThatThrownBy(() -> new ClockAlignment(AnchorKind.FIRST_MEDIA, null, ANSWER, ANSWER, TOLERANCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClockNoteIsNoControlEventAndGoesFirstInTheAuditTrail() {
        ClockAlignment clock = aligned(Duration.ofHours(-5));
        SpanOutcome outcome = SpanPolicy.apply(ANSWER, ANSWER.plusSeconds(20), true, true, List.of());

        SpanOutcome noted = outcome.withNote(clock.auditEntry().orElseThrow());

        assertThat(noted.audit()).extracting(AuditEntry::trigger).containsExactly(Trigger.CLOCK, Trigger.AUTO);
        assertThat(noted.spans()).isEqualTo(outcome.spans());
        assertThat(noted.ignored()).isZero();
    }

    @Test
    void transferLegsMoveWithTheClockSoTheTransferorOwnsTheSameSecondsOfTheCapture() {
        ClockAlignment clock = aligned(Duration.ofHours(3).plusMillis(1));
        Instant t0 = clock.connect();
        List<CallLeg> legs = List.of(CallLeg.direct("ab", "A", "B", t0, t0.plusSeconds(3)),
                new CallLeg("bc", LegKind.CONSULTATION, "B", "C", t0.plusSeconds(2), t0.plusSeconds(3), null),
                new CallLeg("ac", LegKind.TRANSFERRED, "A", "C", t0.plusSeconds(3), t0.plusSeconds(6), "B"));
        List<RecordedSpan> bRecords = SpanPolicy.apply(clock.toCapture(t0), clock.toCapture(t0.plusSeconds(6)), false,
                true, List.of(clock.toCapture(new ControlEvent(t0.plusSeconds(1), Action.START, Trigger.SWITCH, "*44"))))
                .spans();

        Ownership ownership = OwnershipPolicy.decide(legs.stream().map(clock::toCapture).toList(),
                List.of(new Participant("B", true, true, bRecords)));

        assertThat(ownership.of("B").orElseThrow().spans()).containsExactly(
                new OwnedSpan("ab", "A–B", ANSWER.plusSeconds(1), ANSWER.plusSeconds(3)),
                new OwnedSpan("ac", "A–C", ANSWER.plusSeconds(3), ANSWER.plusSeconds(6)));
    }

    @Test
    void seededRandomOffsetsKeepEverySpanAtItsPlaceInTheCaptureToTheNanosecond() {
        Random random = new Random(18);
        for (int i = 0; i < 2000; i++) {
            long offsetNanos = (random.nextLong() % (3L * 86_400_000_000_000L));
            Instant connect = ANSWER.minusNanos(offsetNanos);
            long startNanos = Math.floorMod(random.nextLong(), 15_000_000_000L);
            long stopNanos = startNanos + 1 + Math.floorMod(random.nextLong(), 20_000_000_000L - startNanos - 1);
            ClockAlignment clock = new ClockAlignment(random.nextBoolean() ? AnchorKind.SIP_ANSWER : AnchorKind.FIRST_MEDIA,
                    ANSWER, connect, connect.plusSeconds(20), TOLERANCE);
            List<ControlEvent> events = List.of(
                    new ControlEvent(connect.plusNanos(startNanos), Action.START, Trigger.SWITCH, "start"),
                    new ControlEvent(connect.plusNanos(stopNanos), Action.STOP, Trigger.SWITCH, "stop"));

            List<RecordedSpan> spans = SpanPolicy.apply(clock.toCapture(connect), clock.toCapture(clock.disconnect()),
                    false, true, events.stream().map(clock::toCapture).toList()).spans();

            assertThat(spans).as("offset %d ns", offsetNanos).containsExactly(new RecordedSpan(
                    ANSWER.plusNanos(startNanos), ANSWER.plusNanos(stopNanos), Trigger.SWITCH));
            assertThat(clock.offset().toNanos()).isEqualTo(offsetNanos);
            assertThat(clock.auditEntry().isPresent()).isEqualTo(Math.abs(offsetNanos) > TOLERANCE.toNanos());
        }
    }
    @Test
    void earlyMediaBeforeAnUncapturedAnswerIsAnchoredAtTheLastPacket() {
        // 12 s of ringback before the answer, then the 20-second call; the xDR's clock 1 s behind.
        Instant firstPacket = ANSWER.minusSeconds(12);
        Instant lastPacket = ANSWER.plusSeconds(20);
        Instant connect = ANSWER.minusSeconds(1);
        ClockAlignment clock = ClockAlignment.fromMedia(firstPacket, lastPacket, connect, connect.plusSeconds(20),
                TOLERANCE);

        assertThat(clock.anchor()).isEqualTo(AnchorKind.LAST_MEDIA);
        assertThat(clock.anchorAt()).isEqualTo(ANSWER);
        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(1));
        assertThat(recorded(clock)).containsExactly(ASKED);
        assertThat(clock.describe()).contains("last RTP packet").contains("early media");
    }

    @Test
    void mediaNoLongerThanTheCallRecordKeepsItsFirstPacketAsTheConnect() {
        Instant connect = ANSWER.minusSeconds(1);
        // within the tolerance: packets 2.9 s beyond the record's 20 s (rounding, a late BYE)
        ClockAlignment close = ClockAlignment.fromMedia(ANSWER, ANSWER.plusMillis(22_900), connect,
                connect.plusSeconds(20), TOLERANCE);
        // shorter: a silent end or a capture cut short says nothing about the start
        ClockAlignment shorter = ClockAlignment.fromMedia(ANSWER, ANSWER.plusSeconds(8), connect, connect.plusSeconds(20),
                TOLERANCE);

        for (ClockAlignment clock : List.of(close, shorter)) {
            assertThat(clock.anchor()).isEqualTo(AnchorKind.FIRST_MEDIA);
            assertThat(clock.anchorAt()).isEqualTo(ANSWER);
            assertThat(recorded(clock)).containsExactly(ASKED);
        }
    }
}
