package io.callrec.domain.transfer;

import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of a call between two parties (account ids; {@code partyB} is null while a party waits
 * parked), from {@code start} to {@code end}.
 */
public record CallLeg(String id, LegKind kind, String partyA, String partyB, Instant start, Instant end,
                      String handedOverBy) {

    public CallLeg {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partyA, "partyA");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("leg " + id + " ends before it starts");
        }
    }

    public static CallLeg direct(String id, String a, String b, Instant start, Instant end) {
        return new CallLeg(id, LegKind.DIRECT, a, b, start, end, null);
    }

    public boolean hasParty(String account) {
        return account.equals(partyA) || account.equals(partyB);
    }

    public String parties() {
        return partyA + "–" + (partyB == null ? "(parked)" : partyB);
    }
}
