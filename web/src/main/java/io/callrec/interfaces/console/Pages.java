package io.callrec.interfaces.console;

import io.callrec.domain.identity.Caller;

/**
 * Where each role's pages start. The console and self-care sections are guarded by web.xml's security
 * constraints (role ADMIN for {@code /console/*}, CUSTOMER and ACCOUNT for {@code /selfcare/*}); these
 * are only the landing pages after a login.
 */
final class Pages {

    static final String CONSOLE = "/console/xdrs.xhtml";
    static final String SELFCARE = "/selfcare/calls.xhtml";
    static final String LOGIN = "/login.xhtml";

    private Pages() {
    }

    /** The role's first page, or null for a role without pages (the switch). */
    static String home(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> CONSOLE;
            case CUSTOMER, ACCOUNT -> SELFCARE;
            case SWITCH -> null;
        };
    }
}
