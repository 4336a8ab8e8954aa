package io.callrec.interfaces.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages write a moment: UTC, to the second (the pages' dates are UTC days too). */
final class TimeTexts {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private TimeTexts() {
    }

    /** The moment in UTC, or an empty text for none. */
    static String utc(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }
}
