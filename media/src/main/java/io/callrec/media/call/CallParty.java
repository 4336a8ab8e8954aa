package io.callrec.media.call;

import java.util.Locale;

/** Which party of a call: the caller sent the initial INVITE, the callee received it. */
public enum CallParty {
    CALLER, CALLEE, UNKNOWN;

    public CallParty other() {
        return this == CALLER ? CALLEE : this == CALLEE ? CALLER : UNKNOWN;
    }

    /** Lower-case name used in statistics JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
