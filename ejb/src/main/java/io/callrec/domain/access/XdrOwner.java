package io.callrec.domain.access;

/**
 * One xDR of a recording as the visibility rule sees it: whose it is (the account, and the customer —
 * the xDR's own, or else its account's), whether the account is entitled to the recording (the
 * "Play"), and whether the account shows its recordings to itself only (the effective option).
 */
public record XdrOwner(long xdrId, String accountId, String customerId, boolean entitled, boolean accountPrivate) {
}
