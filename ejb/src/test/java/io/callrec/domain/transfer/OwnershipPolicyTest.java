package io.callrec.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.account.CodeSource;
import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.DtmfDigit;
import io.callrec.domain.ondemand.DtmfSequenceMatcher;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.xdr.CallDirection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed's transfer and parking scenarios, one test each. Times are seconds after A's call connects. */
class OwnershipPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant END = at(90);

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static ControlEvent event(int seconds, Action action) {
        return new ControlEvent(at(seconds), action, Trigger.DTMF, action == Action.START ? "*44" : "*45");
    }

    /** B's own recording over the whole call, as the span policy makes it from B's on-demand events. */
    private static List<RecordedSpan> onDemand(ControlEvent... events) {
        return SpanPolicy.apply(T0, END, false, true, List.of(events)).spans();
    }

    /** A calls B; B consults C from 20 s and transfers at 30 s; A and C talk until 90 s. */
    private static final List<CallLeg> TRANSFER = List.of(
            CallLeg.direct("ab", "A", "B", T0, at(30)),
            new CallLeg("bc", LegKind.CONSULTATION, "B", "C", at(20), at(30), null),
            new CallLeg("ac", LegKind.TRANSFERRED, "A", "C", at(30), END, "B"));

    /** A calls B; B parks A at 30 s; C picks A up on another phone at 40 s; they talk until 90 s. */
    private static final List<CallLeg> PARKING = List.of(
            CallLeg.direct("ab", "A", "B", T0, at(30)),
            new CallLeg("park", LegKind.PARKED, "A", null, at(30), at(40), "B"),
            new CallLeg("ac", LegKind.RETRIEVED, "A", "C", at(40), END, "B"));

    @Test
    void transferorWithAutoRecordRedirectedGetsOneRecordingOfBothConversations() {
        Participant b = new Participant("B", true, true, onDemand(event(10, Action.START)));
        Ownership ownership = OwnershipPolicy.decide(TRANSFER, List.of(b));
        assertThat(ownership.owners()).singleElement().satisfies(owner -> {
            assertThat(owner.accountId()).isEqualTo("B");
            assertThat(owner.spans()).containsExactly(
                    new OwnedSpan("ab", "A–B", at(10), at(30)),
                    new OwnedSpan("ac", "A–C", at(30), END));
        });
    }

    @Test
    void transferorWithoutAutoRecordRedirectedGetsOnlyItsOwnConversation() {
        Participant b = new Participant("B", true, false, onDemand(event(10, Action.START)));
        Ownership ownership = OwnershipPolicy.decide(TRANSFER, List.of(b));
        assertThat(ownership.of("B").orElseThrow().spans()).containsExactly(new OwnedSpan("ab", "A–B", at(10), at(30)));
        assertThat(ownership.notes()).contains("B transferred A–C without auto record redirected calls");
    }

    @Test
    void recordingRestartedAfterTheTransferGivesTheTransferorOnlyItsOwnConversation() {
        Participant b = new Participant("B", true, true,
                onDemand(event(10, Action.START), event(25, Action.STOP), event(50, Action.START)));
        Ownership ownership = OwnershipPolicy.decide(TRANSFER, List.of(b));
        assertThat(ownership.of("B").orElseThrow().spans()).containsExactly(new OwnedSpan("ab", "A–B", at(10), at(25)));
        assertThat(ownership.notes()).contains("B was not recording when it transferred A–C");
    }

    @Test
    void recordingStartedOnlyAfterTheTransferGivesTheTransferorNoRecording() {
        Participant b = new Participant("B", true, true, onDemand(event(50, Action.START)));
        Ownership ownership = OwnershipPolicy.decide(TRANSFER, List.of(b));
        assertThat(ownership.owners()).isEmpty();
        assertThat(ownership.notes()).contains("B recorded nothing of this call");
    }

    @Test
    void consultationIsNeverPartOfTheTransferredCallsRecording() {
        Participant b = new Participant("B", true, true, onDemand(event(1, Action.START)));
        Ownership ownership = OwnershipPolicy.decide(TRANSFER, List.of(b));
        assertThat(ownership.of("B").orElseThrow().spans()).extracting(OwnedSpan::legId).doesNotContain("bc");
    }

    @Test
    void parkedCallRetrievedByAnAccountWithoutXdrGivesItNoRecording() {
        Participant b = new Participant("B", true, true, onDemand(event(10, Action.START)));
        Participant c = new Participant("C", false, true, List.of(new RecordedSpan(T0, END, Trigger.AUTO)));
        Ownership ownership = OwnershipPolicy.decide(PARKING, List.of(b, c));
        assertThat(ownership.of("C")).isEmpty();
        assertThat(ownership.notes()).contains("C has no xDR for this call: no recording");
    }

    @Test
    void recordingStartedBeforeParkingStaysTheParkersAndHoldsOnlyItsConversation() {
        Participant b = new Participant("B", true, true, onDemand(event(10, Action.START)));
        Ownership ownership = OwnershipPolicy.decide(PARKING, List.of(b));
        assertThat(ownership.owners()).extracting(Ownership.Owner::accountId).containsExactly("B");
        assertThat(ownership.of("B").orElseThrow().spans()).containsExactly(new OwnedSpan("ab", "A–B", at(10), at(30)));
    }

    @Test
    void callerOnEveryLegOwnsWhatItsOwnRecordingCoveredAcrossTheTransfer() {
        Participant a = new Participant("A", true, false, List.of(new RecordedSpan(T0, END, Trigger.AUTO)));
        Ownership ownership = OwnershipPolicy.decide(TRANSFER, List.of(a));
        assertThat(ownership.of("A").orElseThrow().spans()).containsExactly(
                new OwnedSpan("ab", "A–B", T0, at(30)), new OwnedSpan("ac", "A–C", at(30), END));
    }

    @Test
    void configuredTransferorPressingStar44BeforeTransferringOwnsBothConversations() {
        EffectiveConfiguration onDemandAndRedirected = new EffectiveConfiguration(true,
                Set.of(RecordingOption.ALLOW_MANUAL_START_STOP, RecordingOption.AUTO_RECORD_REDIRECTED),
                DtmfCodes.DEFAULTS, CodeSource.DEFAULT);
        List<DtmfDigit> pressed = List.of(new DtmfDigit(at(9), '*', DtmfDigit.Source.RFC4733),
                new DtmfDigit(at(9).plusMillis(400), '4', DtmfDigit.Source.RFC4733),
                new DtmfDigit(at(10), '4', DtmfDigit.Source.RFC4733));
        Participant b = Participant.of("B", true, onDemandAndRedirected, CallDirection.INCOMING, T0, END,
                DtmfSequenceMatcher.match(pressed, DtmfCodes.DEFAULTS));
        assertThat(OwnershipPolicy.decide(TRANSFER, List.of(b)).of("B").orElseThrow().spans()).containsExactly(
                new OwnedSpan("ab", "A–B", at(10), at(30)), new OwnedSpan("ac", "A–C", at(30), END));
    }

    @Test
    void configuredTransferorWithoutOnDemandCannotStartAndOwnsNothing() {
        EffectiveConfiguration redirectedOnly = new EffectiveConfiguration(true,
                Set.of(RecordingOption.AUTO_RECORD_REDIRECTED), DtmfCodes.DEFAULTS, CodeSource.DEFAULT);
        Participant b = Participant.of("B", true, redirectedOnly, CallDirection.INCOMING, T0, END,
                List.of(event(10, Action.START)));
        assertThat(OwnershipPolicy.decide(TRANSFER, List.of(b)).owners()).isEmpty();
    }
}
