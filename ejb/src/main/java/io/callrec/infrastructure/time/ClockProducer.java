package io.callrec.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of "now", so tests can drive time (retention, stuck-recording sweeps). */
@ApplicationScoped
public class ClockProducer {
    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
