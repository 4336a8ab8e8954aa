package io.callrec.application.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.clock.AnchorKind;
import io.callrec.domain.clock.ClockAlignment;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.AuditEntry;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.DtmfDigit;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.StoredSpan;
import io.callrec.domain.ondemand.SpanOutcome;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.recording.Recording;
import io.callrec.media.engine.MixedPrompt;
import io.callrec.media.engine.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From the span policy's outcome at conversion to what the media engine renders. */
class MediaPlanTest {

    private static final Instant CONNECT = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant DISCONNECT = CONNECT.plusSeconds(60);

    private static ControlEvent sipInfo(int second, Action action) {
        return new ControlEvent(CONNECT.plusSeconds(second), action, Trigger.SIP_INFO, "Record");
    }

    private static MediaPlan plan(boolean startsRecorded, List<ControlEvent> headers, List<DtmfDigit> digits,
                                  List<ControlEvent> fromSwitch) {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, startsRecorded, true, DtmfCodes.DEFAULTS, headers,
                digits, fromSwitch);
        return MediaPlan.of(startsRecorded, o.spans(), o.audit(), List.of());
    }

    @Test
    void aNoteAboutTheClocksChangesNothingAndCuesNoAnnouncement() {
        Recording recording = Recording.pending("c", CONNECT, "/spool/x.pcap", CONNECT);
        ClockAlignment clock = new ClockAlignment(AnchorKind.SIP_ANSWER, CONNECT.plus(Duration.ofHours(2)),
                CONNECT, DISCONNECT, Duration.ofSeconds(3));
        SpanOutcome outcome = SpanPolicy.apply(clock.toCapture(CONNECT), clock.toCapture(DISCONNECT), true, true,
                List.of()).withNote(clock.auditEntry().orElseThrow());
        RecordingControl control = new RecordingControl(recording, "acct-1", true, true, true, "policy", outcome);

        MediaPlan plan = MediaPlan.of(true, outcome.spans(), control.audit(), List.of());

        assertThat(plan.spans()).as("recorded from the start, no event changed it: the whole call").isNull();
        assertThat(control.audit()).extracting(AuditEntry::trigger).containsExactly(Trigger.CLOCK, Trigger.AUTO);
        assertThat(control.announcementCues()).singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(clock.toCapture(CONNECT)));
    }

    @Test
    void switchEventsComeBackAtTheSwitchsOwnTimesWhateverAConversionMovedThemTo() {
        Recording recording = Recording.pending("c", CONNECT, "/spool/x.pcap", CONNECT);
        ControlEvent start = new ControlEvent(CONNECT.plusSeconds(5), Action.START, Trigger.SWITCH, "*44");
        ControlEvent stop = new ControlEvent(CONNECT.plusSeconds(10), Action.STOP, Trigger.SWITCH, "*45");
        RecordingControl control = new RecordingControl(recording, "acct-1", false, true, false, "policy",
                SpanPolicy.apply(CONNECT, DISCONNECT, false, true, List.of(start, stop)));
        Duration shift = Duration.ofDays(1).plusMillis(480);

        for (int conversion = 0; conversion < 3; conversion++) {
            List<ControlEvent> moved = control.switchEvents().stream()
                    .map(e -> new ControlEvent(e.at().plus(shift), e.action(), e.trigger(), e.detail())).toList();
            control.replaceOutcome(SpanPolicy.apply(CONNECT.plus(shift), DISCONNECT.plus(shift), false, true, moved),
                    shift);
        }

        assertThat(control.switchEvents()).containsExactly(start, stop);
        assertThat(control.spans()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(CONNECT.plus(shift).plusSeconds(5));
            assertThat(s.end()).isEqualTo(CONNECT.plus(shift).plusSeconds(10));
        });
    }

    @Test
    void autoRecordedCallThatNoEventChangedIsConvertedWhole() {
        MediaPlan plan = plan(true, List.of(), List.of(), List.of());

        assertThat(plan.spans()).isNull();
        assertThat(plan.neverStarted()).isFalse();
    }

    @Test
    void onDemandCallWithoutAcceptedStartNeverStarted() {
        MediaPlan plan = plan(false, List.of(sipInfo(5, Action.STOP)), List.of(), List.of());

        assertThat(plan.spans()).isEmpty();
        assertThat(plan.neverStarted()).isTrue();
    }

    @Test
    void captureAndSwitchEventsTogetherGiveTheSpans() {
        List<DtmfDigit> stopCode = List.of(new DtmfDigit(CONNECT.plusSeconds(30), '*', DtmfDigit.Source.RFC4733),
                new DtmfDigit(CONNECT.plusSeconds(31), '4', DtmfDigit.Source.RFC4733),
                new DtmfDigit(CONNECT.plusSeconds(32), '5', DtmfDigit.Source.RFC4733));
        ControlEvent switchStart = new ControlEvent(CONNECT.plusSeconds(40), Action.START, Trigger.SWITCH, "switch");

        MediaPlan plan = plan(false, List.of(sipInfo(10, Action.START)), stopCode, List.of(switchStart));

        assertThat(plan.spans()).containsExactly(
                new TimeSpan(CONNECT.plusSeconds(10), CONNECT.plusSeconds(32)),
                new TimeSpan(CONNECT.plusSeconds(40), DISCONNECT));
    }

    @Test
    void aStopInTheCaptureCutsAnAutoRecordedCall() {
        MediaPlan plan = plan(true, List.of(sipInfo(20, Action.STOP)), List.of(), List.of());

        assertThat(plan.spans()).containsExactly(new TimeSpan(CONNECT, CONNECT.plusSeconds(20)));
    }

    @Test
    void replacedOutcomeBecomesTheRecordingsSpansAuditAndCues() {
        Recording recording = Recording.pending("c", CONNECT, "/spool/x.pcap", CONNECT);
        RecordingControl control = new RecordingControl(recording, "acct-1", false, true, true, "policy",
                SpanPolicy.apply(CONNECT, DISCONNECT, false, true, List.of()));

        control.replaceOutcome(SpanPolicy.apply(CONNECT, DISCONNECT, false, true,
                List.of(sipInfo(1, Action.START), sipInfo(2, Action.STOP), sipInfo(3, Action.STOP))), java.time.Duration.ZERO);

        assertThat(control.spans()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(CONNECT.plusSeconds(1));
            assertThat(s.end()).isEqualTo(CONNECT.plusSeconds(2));
        });
        assertThat(control.audit()).hasSize(3);
        assertThat(control.getIgnoredEvents()).isEqualTo(1);
        assertThat(control.announcementCues()).extracting(c -> c.action()).containsExactly(Action.START, Action.STOP);
    }

    @Test
    void transferredCallKeepsExactlyTheOwnedLegsInTheAudio() {
        StoredSpan ab = new StoredSpan(new RecordedSpan(CONNECT.plusMillis(500), CONNECT.plusMillis(1500), Trigger.DTMF),
                "ab", "A–B");
        StoredSpan ac = new StoredSpan(new RecordedSpan(CONNECT.plusMillis(1500), CONNECT.plusSeconds(3), Trigger.DTMF),
                "ac", "A–C");
        MediaPlan plan = MediaPlan.ofOwnedParts(List.of(ab, ac), List.of());

        assertThat(plan.spans()).containsExactly(new TimeSpan(CONNECT.plusMillis(500), CONNECT.plusMillis(1500)),
                new TimeSpan(CONNECT.plusMillis(1500), CONNECT.plusSeconds(3)));
        assertThat(MediaPlan.ofOwnedParts(List.of(), List.of()).neverStarted()).as("nothing owned").isTrue();
    }

    @Test
    void accountsSharingARecordingGetTheUnionOfTheirSpans() {
        MediaPlan a = plan(false, List.of(sipInfo(10, Action.START), sipInfo(20, Action.STOP)), List.of(), List.of());
        MediaPlan b = plan(false, List.of(sipInfo(30, Action.START), sipInfo(40, Action.STOP)), List.of(), List.of());

        MediaPlan both = MediaPlan.union(List.of(a, b));

        assertThat(both.spans()).containsExactly(
                new TimeSpan(CONNECT.plusSeconds(10), CONNECT.plusSeconds(20)),
                new TimeSpan(CONNECT.plusSeconds(30), CONNECT.plusSeconds(40)));
    }

    @Test
    void oneAccountRecordingTheWholeCallMakesTheSharedRecordingWhole() {
        MediaPlan spans = plan(false, List.of(sipInfo(10, Action.START), sipInfo(20, Action.STOP)), List.of(), List.of());
        MediaPlan whole = plan(true, List.of(), List.of(), List.of());

        assertThat(MediaPlan.union(List.of(spans, whole)).spans()).isNull();
    }

    @Test
    void aSharedRecordingNobodyStartedNeverStarted() {
        MediaPlan none = plan(false, List.of(), List.of(), List.of());

        assertThat(MediaPlan.union(List.of(none, none)).neverStarted()).isTrue();
        assertThat(MediaPlan.union(List.of(none,
                plan(false, List.of(sipInfo(5, Action.START)), List.of(), List.of()))).neverStarted()).isFalse();
    }

    @Test
    void plansOfTheSameSpansAndPromptInstantsRenderTheSameAudio() {
        MediaPlan a = plan(false, List.of(sipInfo(10, Action.START), sipInfo(20, Action.STOP)), List.of(), List.of());
        MediaPlan same = plan(false, List.of(sipInfo(10, Action.START), sipInfo(20, Action.STOP)), List.of(), List.of());
        MediaPlan other = plan(false, List.of(sipInfo(10, Action.START), sipInfo(30, Action.STOP)), List.of(), List.of());
        MediaPlan whole = plan(true, List.of(), List.of(), List.of());
        MediaPlan prompted = new MediaPlan(a.spans(), List.of(new MixedPrompt(CONNECT.plusSeconds(10),
                new short[80])));

        assertThat(a.sameAudio(same)).isTrue();
        assertThat(a.sameAudio(other)).isFalse();
        assertThat(a.sameAudio(whole)).isFalse();
        assertThat(whole.sameAudio(plan(true, List.of(), List.of(), List.of()))).isTrue();
        assertThat(a.sameAudio(prompted)).isFalse();
        MediaPlan pieces = new MediaPlan(List.of(new TimeSpan(CONNECT.plusSeconds(15), CONNECT.plusSeconds(20)),
                new TimeSpan(CONNECT.plusSeconds(10), CONNECT.plusSeconds(15))), List.of());
        assertThat(a.sameAudio(pieces)).as("touching spans render as one").isTrue();
    }

    @Test
    void accountsAreGroupedByTheAudioTheirRecordingsHoldAndThoseThatNeverStartedByNone() {
        MediaPlan whole = plan(true, List.of(), List.of(), List.of());
        MediaPlan oneSecond = plan(false, List.of(sipInfo(10, Action.START), sipInfo(11, Action.STOP)), List.of(), List.of());
        MediaPlan never = plan(false, List.of(), List.of(), List.of());

        assertThat(MediaPlan.sameAudioGroups(List.of(oneSecond, whole, never, whole, oneSecond)))
                .containsExactly(List.of(0, 4), List.of(1, 3));
        assertThat(MediaPlan.sameAudioGroups(List.of(never, never))).isEmpty();
    }
}
