package io.callrec.infrastructure.persistence;

import io.callrec.domain.identity.Caller;
import jakarta.persistence.Query;

/**
 * {@link io.callrec.domain.access.RecordingVisibility} as JPQL conditions, so that lists filter in the
 * query and their paging and totals stay right. Each condition below is the domain rule, clause for
 * clause; the xDR's customer is its own customer id or else its account's ({@link #XDR_JOINS}), and an
 * xDR whose account is not configured here is not private. Keep the two in step: the access-matrix and
 * the seeded random visibility test compare them.
 */
public final class VisibleTo {

    /** Joins the conditions on an xDR alias {@code x} need: its account {@code xa} and that account's customer {@code xc}. */
    public static final String XDR_JOINS = " left join Account xa on xa.id = x.accountId left join xa.customer xc";
    /** The customer an xDR belongs to, over the {@link #XDR_JOINS}. */
    public static final String XDR_CUSTOMER = "coalesce(x.customerId, xc.id)";

    private final Caller caller;

    private VisibleTo(Caller caller) {
        this.caller = caller;
    }

    public static VisibleTo of(Caller caller) {
        return new VisibleTo(caller);
    }

    /** The condition "the caller may see the recording {@code r}". */
    public String recording(String r) {
        return switch (caller.role()) {
            case ADMIN -> "1 = 1";
            case SWITCH -> "1 = 0";
            case ACCOUNT, CUSTOMER -> "exists (select x.id from Xdr x" + XDR_JOINS + " where x.recording = " + r
                    + " and x.entitled = true and " + xdrCondition() + ")";
        };
    }

    /** The condition "the xDR {@code x} is the caller's to see"; the query must have the {@link #XDR_JOINS}. */
    public String xdr() {
        return switch (caller.role()) {
            case ADMIN -> "1 = 1";
            case SWITCH -> "1 = 0";
            case ACCOUNT, CUSTOMER -> xdrCondition();
        };
    }

    private String xdrCondition() {
        return caller.role() == io.callrec.domain.identity.Role.ACCOUNT ? "x.accountId = :visibleAccount"
                : XDR_CUSTOMER + " = :visibleCustomer and (xa.id is null or xa.recordingsPrivate = false)";
    }

    /** Binds the parameters the conditions use. */
    public <Q extends Query> Q bind(Q query) {
        switch (caller.role()) {
            case ACCOUNT -> query.setParameter("visibleAccount", caller.accountId());
            case CUSTOMER -> query.setParameter("visibleCustomer", caller.customerId());
            default -> { }
        }
        return query;
    }
}
