package io.callrec.domain.account;

/** Where an account's on-demand DTMF codes come from, most specific first. */
public enum CodeSource {
    CUSTOM, ACCOUNT_RULE, CUSTOMER_RULE, DEFAULT
}
