package io.callrec.domain.ondemand;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The {@code Record:} header of a SIP INFO request ({@code on} / {@code off}) as a control event. */
public final class RecordHeader {

    private RecordHeader() {
    }

    /** Empty when the value is neither {@code on} nor {@code off} (case and spaces ignored). */
    public static Optional<ControlEvent> parse(String value, Instant at) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> Optional.of(new ControlEvent(at, Action.START, Trigger.SIP_INFO, "Record: on"));
            case "off" -> Optional.of(new ControlEvent(at, Action.STOP, Trigger.SIP_INFO, "Record: off"));
            default -> Optional.empty();
        };
    }
}
