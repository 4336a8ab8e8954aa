package io.callrec.domain.xdr;

import java.time.Instant;
import java.util.Objects;

/**
 * What the switch tells us about a finished call: the data of the xDR to create. Optional fields
 * ({@code accountNumber}, {@code customerId}) may be null; everything else is required.
 */
public record CallRecord(String callId, String h323ConfId, String accountId, String accountNumber,
                         String customerId, String callingNumber, String calledNumber,
                         CallDirection direction, Instant connectTime, Instant disconnectTime) {

    public CallRecord {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(h323ConfId, "h323ConfId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(callingNumber, "callingNumber");
        Objects.requireNonNull(calledNumber, "calledNumber");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(connectTime, "connectTime");
        Objects.requireNonNull(disconnectTime, "disconnectTime");
        if (disconnectTime.isBefore(connectTime)) {
            throw new InvalidCallRecordException("disconnectTime is before connectTime");
        }
    }

    /** Billed duration in whole seconds, rounded up as switches bill. */
    public long durationSeconds() {
        long millis = disconnectTime.toEpochMilli() - connectTime.toEpochMilli();
        return (millis + 999) / 1000;
    }
}
