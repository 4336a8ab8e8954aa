package io.callrec.domain.ondemand;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.dialing.DtmfCodes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanPolicyTest {

    private static final Instant CONNECT = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant DISCONNECT = CONNECT.plusSeconds(60);

    private static Instant at(int seconds) {
        return CONNECT.plusSeconds(seconds);
    }

    private static ControlEvent start(int seconds) {
        return new ControlEvent(at(seconds), Action.START, Trigger.SWITCH, "test");
    }

    private static ControlEvent stop(int seconds) {
        return new ControlEvent(at(seconds), Action.STOP, Trigger.SWITCH, "test");
    }

    @Test
    void autoRecordedCallWithoutEventsIsOneSpanOverTheWholeCall() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, true, false, List.of());
        assertThat(o.spans()).containsExactly(new RecordedSpan(CONNECT, DISCONNECT, Trigger.AUTO));
        assertThat(o.audit()).singleElement().satisfies(a -> {
            assertThat(a.trigger()).isEqualTo(Trigger.AUTO);
            assertThat(a.accepted()).isTrue();
        });
    }

    @Test
    void onDemandOnlyCallStartsUnrecorded() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, false, true, List.of(start(10), stop(20), start(30)));
        assertThat(o.spans()).containsExactly(new RecordedSpan(at(10), at(20), Trigger.SWITCH),
                new RecordedSpan(at(30), DISCONNECT, Trigger.SWITCH));
        assertThat(o.ignored()).isZero();
    }

    @Test
    void stopOnAutoRecordedCallCutsTheRecording() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, true, true, List.of(stop(15), start(40)));
        assertThat(o.spans()).containsExactly(new RecordedSpan(CONNECT, at(15), Trigger.AUTO),
                new RecordedSpan(at(40), DISCONNECT, Trigger.SWITCH));
    }

    @Test
    void stopBeforeStartAndRepeatedStartAreIgnoredAndExplained() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, false, true, List.of(stop(5), start(10), start(12), stop(20)));
        assertThat(o.spans()).containsExactly(new RecordedSpan(at(10), at(20), Trigger.SWITCH));
        assertThat(o.ignored()).isEqualTo(2);
        assertThat(o.audit()).extracting(AuditEntry::accepted).containsExactly(false, true, false, true);
        assertThat(o.audit().get(0).reason()).startsWith("stop before start");
        assertThat(o.audit().get(2).reason()).startsWith("repeated start");
    }

    @Test
    void eventsOfAnAccountWithoutOnDemandAreIgnoredAndCounted() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, true, false, List.of(stop(10), start(20)));
        assertThat(o.spans()).containsExactly(new RecordedSpan(CONNECT, DISCONNECT, Trigger.AUTO));
        assertThat(o.ignored()).isEqualTo(2);
        assertThat(o.ignoredNotAllowed()).isEqualTo(2);
        assertThat(o.audit()).filteredOn(a -> !a.accepted()).extracting(AuditEntry::reason)
                .containsOnly("on-demand recording is not allowed for the account");
    }

    @Test
    void eventsOutsideTheCallAreIgnored() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, false, true, List.of(start(-5), start(61)));
        assertThat(o.spans()).isEmpty();
        assertThat(o.audit()).extracting(AuditEntry::reason).allSatisfy(r -> assertThat(r).startsWith("outside the call"));
    }

    @Test
    void eventsAreTakenInTimeOrderWhateverTheOrderGiven() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, false, true, List.of(stop(20), start(10)));
        assertThat(o.spans()).containsExactly(new RecordedSpan(at(10), at(20), Trigger.SWITCH));
        assertThat(o.ignored()).isZero();
    }

    @Test
    void startAndStopAtTheSameInstantLeaveNoSpan() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, false, true, List.of(start(10), stop(10)));
        assertThat(o.spans()).isEmpty();
        assertThat(o.audit()).extracting(AuditEntry::accepted).containsExactly(true, true);
    }

    @Test
    void sipInfoDtmfAndSwitchEventsAreCombined() {
        List<ControlEvent> headers = List.of(RecordHeader.parse("on", at(5)).orElseThrow());
        List<DtmfDigit> digits = List.of(new DtmfDigit(at(20), '*', DtmfDigit.Source.RFC4733),
                new DtmfDigit(at(21), '4', DtmfDigit.Source.RFC4733), new DtmfDigit(at(22), '5', DtmfDigit.Source.RFC4733));
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, false, true, DtmfCodes.DEFAULTS, headers, digits,
                List.of(start(30), stop(50)));
        assertThat(o.spans()).containsExactly(new RecordedSpan(at(5), at(22), Trigger.SIP_INFO),
                new RecordedSpan(at(30), at(50), Trigger.SWITCH));
        assertThat(o.audit()).extracting(AuditEntry::trigger)
                .containsExactly(Trigger.SIP_INFO, Trigger.DTMF, Trigger.SWITCH, Trigger.SWITCH);
    }

    @Test
    void announcementsAreCuedAtEveryAcceptedStartAndStopOnly() {
        SpanOutcome o = SpanPolicy.apply(CONNECT, DISCONNECT, true, true, List.of(start(5), stop(10), stop(12), start(20)));
        assertThat(AnnouncementCue.from(o.audit())).containsExactly(
                new AnnouncementCue(CONNECT, Action.START),
                new AnnouncementCue(at(10), Action.STOP),
                new AnnouncementCue(at(20), Action.START));
    }
}
