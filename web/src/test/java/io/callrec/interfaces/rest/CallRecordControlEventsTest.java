package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.xdr.InvalidCallRecordException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallRecordControlEventsTest {

    private static String call(String controlEvents) {
        return """
                {"callId":"abc@switch","h323ConfId":"5A1B","accountId":"1001","callingNumber":"1","calledNumber":"2",
                 "direction":"incoming","connectTime":"2026-11-26T10:00:00Z","disconnectTime":"2026-11-26T10:01:00Z"
                 %s}""".formatted(controlEvents == null ? "" : ", \"controlEvents\": " + controlEvents);
    }

    private static java.util.List<ControlEvent> events(String json) {
        return control(json).controlEvents();
    }

    private static io.callrec.domain.ondemand.CallControl control(String json) {
        return PostedCalls.read(json).accounts().get(0).control();
    }

    @Test
    void absentOrNullControlEventsAreNone() {
        assertThat(events(call(null))).isEmpty();
        assertThat(events(call("null"))).isEmpty();
    }

    @Test
    void eventsAreReadAsSwitchTriggeredWithTheirSource() {
        assertThat(events(call("""
                [{"at":"2026-11-26T10:00:10Z","action":"start","source":"*44 on B"},
                 {"at":"2026-11-26T11:00:20+01:00","action":"STOP"}]""")))
                .containsExactly(
                        new ControlEvent(Instant.parse("2026-11-26T10:00:10Z"), Action.START, Trigger.SWITCH, "*44 on B"),
                        new ControlEvent(Instant.parse("2026-11-26T10:00:20Z"), Action.STOP, Trigger.SWITCH, "switch"));
    }

    @Test
    void unknownActionIsNamedWithItsPosition() {
        assertThatThrownBy(() -> events(call("""
                [{"at":"2026-11-26T10:00:10Z","action":"start"},{"at":"2026-11-26T10:00:20Z","action":"pause"}]""")))
                .isInstanceOf(InvalidCallRecordException.class)
                .hasMessage("field 'controlEvents[1].action' must be 'start' or 'stop', not 'pause'");
    }

    @Test
    void missingOrBadTimeIsNamed() {
        assertThatThrownBy(() -> events(call("[{\"action\":\"start\"}]")))
                .hasMessage("missing required field 'controlEvents[0].at'");
        assertThatThrownBy(() -> events(call("[{\"at\":\"soon\",\"action\":\"start\"}]")))
                .hasMessageStartingWith("field 'controlEvents[0].at' must be an ISO-8601 date-time");
    }

    @Test
    void controlEventsMustBeAnArrayOfObjects() {
        assertThatThrownBy(() -> events(call("{}")))
                .hasMessageStartingWith("field 'controlEvents' must be an array");
        assertThatThrownBy(() -> events(call("[\"start\"]")))
                .hasMessage("field 'controlEvents' must be an array of objects");
    }

    @Test
    void announcementPlayedInBandIsReadWithTheEvents() {
        String json = call("[{\"at\":\"2026-11-26T10:00:10Z\",\"action\":\"start\"}], \"announcementPlayedInBand\": true");
        assertThat(control(json).announcementPlayedInBand()).isTrue();
        assertThat(control(json).controlEvents()).hasSize(1);
        assertThat(control(call(null)).announcementPlayedInBand()).isFalse();
        assertThatThrownBy(() -> control(call("[], \"announcementPlayedInBand\": \"yes\"")))
                .hasMessage("field 'announcementPlayedInBand' must be true or false");
    }
}
