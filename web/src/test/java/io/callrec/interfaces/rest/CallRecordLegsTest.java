package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.LegKind;
import io.callrec.domain.xdr.InvalidCallRecordException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallRecordLegsTest {

    private static String call(String legs) {
        return """
                {"callId":"abc@switch","h323ConfId":"5A1B","accountId":"B","callingNumber":"1","calledNumber":"2",
                 "direction":"incoming","connectTime":"2026-11-26T10:00:00Z","disconnectTime":"2026-11-26T10:01:30Z",
                 "legs": %s}""".formatted(legs);
    }

    private static java.util.List<CallLeg> legs(String json) {
        return PostedCalls.read(json).legs();
    }

    @Test
    void transferScenarioIsRead() {
        assertThat(legs(call("""
                [{"id":"ab","kind":"direct","partyA":"A","partyB":"B","start":"2026-11-26T10:00:00Z","end":"2026-11-26T10:00:30Z"},
                 {"id":"ac","kind":"TRANSFERRED","partyA":"A","partyB":"C","start":"2026-11-26T10:00:30Z",
                  "end":"2026-11-26T10:01:30Z","handedOverBy":"B"}]""")))
                .containsExactly(
                        CallLeg.direct("ab", "A", "B", Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-26T10:00:30Z")),
                        new CallLeg("ac", LegKind.TRANSFERRED, "A", "C", Instant.parse("2026-11-26T10:00:30Z"),
                                Instant.parse("2026-11-26T10:01:30Z"), "B"));
    }

    @Test
    void parkedLegNeedsNoSecondPartyButWhoParkedIt() {
        assertThat(legs(call("""
                [{"id":"p","kind":"parked","partyA":"A","start":"2026-11-26T10:00:30Z","end":"2026-11-26T10:00:40Z",
                  "handedOverBy":"B"}]""")).get(0).partyB()).isNull();
        assertThatThrownBy(() -> legs(call("""
                [{"id":"p","kind":"parked","partyA":"A","start":"2026-11-26T10:00:30Z","end":"2026-11-26T10:00:40Z"}]""")))
                .isInstanceOf(InvalidCallRecordException.class)
                .hasMessage("missing required field 'legs[0].handedOverBy'");
    }

    @Test
    void unknownKindAndReversedTimesAreNamed() {
        assertThatThrownBy(() -> legs(call("""
                [{"id":"x","kind":"conference","partyA":"A","partyB":"B","start":"2026-11-26T10:00:00Z","end":"2026-11-26T10:00:30Z"}]""")))
                .hasMessageStartingWith("field 'legs[0].kind' must be one of [direct, consultation, transferred, parked, retrieved]");
        assertThatThrownBy(() -> legs(call("""
                [{"id":"x","kind":"direct","partyA":"A","partyB":"B","start":"2026-11-26T10:00:30Z","end":"2026-11-26T10:00:00Z"}]""")))
                .hasMessage("field 'legs[0].end' is before its start");
    }

    @Test
    void absentLegsAreNone() {
        assertThat(legs(call("null"))).isEmpty();
    }
}
