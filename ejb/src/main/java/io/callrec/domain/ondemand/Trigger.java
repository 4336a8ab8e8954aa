package io.callrec.domain.ondemand;

import java.util.Locale;

/** Where a control event came from. */
public enum Trigger {
    /** The account's auto-record option: the call starts recorded. */
    AUTO,
    /** A SIP INFO request with a {@code Record: on|off} header, found in the capture. */
    SIP_INFO,
    /** A DTMF sequence matching the account's codes (RFC 4733 events or SIP INFO dtmf-relay). */
    DTMF,
    /** An explicit control event in the call record posted by the switch. */
    SWITCH,
    /** Not an event: the call record's clock was lined up with the capture's (see {@code ClockAlignment}). */
    CLOCK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
