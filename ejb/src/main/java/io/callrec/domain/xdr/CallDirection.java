package io.callrec.domain.xdr;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Direction of a call as seen from the account the xDR belongs to. */
public enum CallDirection {
    INCOMING, OUTGOING, REDIRECTED, FORWARDED;

    /** Parses the lower- or upper-case name used by the switch; empty when it is not one of ours. */
    public static Optional<CallDirection> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.name().equals(wanted)).findFirst();
    }
}
