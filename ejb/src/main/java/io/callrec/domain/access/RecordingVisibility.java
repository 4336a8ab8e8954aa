package io.callrec.domain.access;

import io.callrec.domain.identity.Caller;

/**
 * The one rule of who may see a recording, used by every read path (API, and later the console, mail,
 * web events, export). The query-side form of the same rule is
 * {@code io.callrec.infrastructure.persistence.VisibleTo}; a seeded random test keeps the two equal.
 * <ul>
 * <li>admin: every recording (reading a private one is allowed, and logged by the caller of this rule);</li>
 * <li>account user: a recording with an entitled xDR of its own account;</li>
 * <li>customer user: a recording with an entitled xDR of its customer whose account does not show its
 *     recordings to itself only (one such xDR suffices);</li>
 * <li>switch: none.</li>
 * </ul>
 * A recording the caller may not see does not exist for it (404).
 */
public final class RecordingVisibility {

    private RecordingVisibility() {
    }

    public static boolean mayView(Caller caller, RecordingAudience audience) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case SWITCH -> false;
            case ACCOUNT, CUSTOMER -> audience.owners().stream().anyMatch(o -> o.entitled() && mayViewXdr(caller, o));
        };
    }

    /**
     * Whether an xDR (a billing record, with or without the "Play") is the caller's to see: an account
     * user's own, a customer user's customer's unless that account keeps its recordings to itself.
     */
    public static boolean mayViewXdr(Caller caller, XdrOwner xdr) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case SWITCH -> false;
            case ACCOUNT -> caller.accountId().equals(xdr.accountId());
            case CUSTOMER -> caller.customerId().equals(xdr.customerId()) && !xdr.accountPrivate();
        };
    }
}
