package io.callrec.domain.transfer;

import java.time.Instant;

/** A part of one leg that goes into an owner's recording. */
public record OwnedSpan(String legId, String parties, Instant start, Instant end) {
}
