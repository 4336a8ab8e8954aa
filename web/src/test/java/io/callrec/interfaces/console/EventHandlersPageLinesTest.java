package io.callrec.interfaces.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.application.webevents.EventHandlerAdministration.HandlerOverview;
import io.callrec.domain.webevent.EventHandler;
import io.callrec.domain.webevent.RetrySchedule;
import io.callrec.domain.webevent.WebEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EventHandlersPageLinesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofHours(24));

    private static EventHandler handler(String customer) {
        EventHandler h = new EventHandler("crm", "admin", 5, T0);
        h.define("https://crm.example.com/hook", "a long shared secret", EnumSet.of(WebEventType.CallRecordingFailed),
                customer, "admin");
        return h;
    }

    @Test
    void aNewHandlerIsActiveNeverDeliveredAndForAllCustomersWhenItNamesNone() {
        EventHandlersPage.HandlerLine line = EventHandlersPage.HandlerLine.of(new HandlerOverview(handler(null), 3));

        assertThat(line.getState()).isEqualTo("OK");
        assertThat(line.isFailing()).isFalse();
        assertThat(line.getCustomer()).isNull();
        assertThat(line.getWaiting()).isEqualTo(3);
        assertThat(line.getLastDeliveredAt()).isEmpty();
        assertThat(line.getEvents()).containsExactly("CallRecordingFailed");
    }

    @Test
    void aHandlerFailingLongerThanTheScheduleIsFailingSinceItsFirstFailureWithTheLastError() {
        EventHandler h = handler("42");
        h.failed(6, "HTTP 500", T0, SCHEDULE);
        EventHandlersPage.HandlerLine retrying = EventHandlersPage.HandlerLine.of(new HandlerOverview(h, 1));
        assertThat(retrying.getState()).isEqualTo("RETRYING");
        assertThat(retrying.isFailing()).isFalse();

        h.failed(6, "connection refused", T0.plus(Duration.ofHours(25)), SCHEDULE);
        EventHandlersPage.HandlerLine failing = EventHandlersPage.HandlerLine.of(new HandlerOverview(h, 1));

        assertThat(failing.isFailing()).isTrue();
        assertThat(failing.getFailingSince()).isEqualTo("2026-12-01 10:00:00");
        assertThat(failing.getFailures()).isEqualTo(2);
        assertThat(failing.getLastError()).isEqualTo("connection refused");
        assertThat(failing.getNextAttemptAt()).isEqualTo("2026-12-02 11:00:20");
        assertThat(failing.getCustomer()).isEqualTo("42");
    }

    @Test
    void aDeliveryIsAcceptedOnlyWithA2xxAnswer() {
        assertThat(new EventHandlersPage.DeliveryLine(1, 6, "", 204, null, "", false).isAccepted()).isTrue();
        assertThat(new EventHandlersPage.DeliveryLine(2, 6, "", 500, null, "down", false).isAccepted()).isFalse();
        assertThat(new EventHandlersPage.DeliveryLine(3, 6, "", null, "connection refused", null, false).isAccepted())
                .isFalse();
    }
}
