package io.callrec.infrastructure.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How much the clocks and the output may differ from what is expected before it is reported, from
 * system properties: {@code callrec.clock.tolerance-ms} (default 3000) is the skew between the call
 * record's clock and the capture's that is corrected without an audit entry; {@code
 * callrec.output.tolerance-ms} (default 1000) is how much audio a recording may lack, against what its
 * capture holds, before it is PARTIAL. A value that is not a whole number of milliseconds stops the
 * conversion with a clear message instead of silently picking a default.
 */
@ApplicationScoped
public class CompletenessSettings {

    static final String CLOCK_PROPERTY = "callrec.clock.tolerance-ms";
    static final String OUTPUT_PROPERTY = "callrec.output.tolerance-ms";

    public Duration clockTolerance() {
        return millis(CLOCK_PROPERTY, 3000);
    }

    public Duration outputTolerance() {
        return millis(OUTPUT_PROPERTY, 1000);
    }

    private static Duration millis(String property, long fallback) {
        String value = System.getProperty(property, Long.toString(fallback)).trim();
        try {
            long millis = Long.parseLong(value);
            if (millis >= 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("system property " + property
                + " must be a number of milliseconds (0 or more), not '" + value + "'");
    }
}
