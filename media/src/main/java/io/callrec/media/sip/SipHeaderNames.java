package io.callrec.media.sip;

import java.util.Locale;

/** Canonical lower-case header names; RFC 3261 §7.3.3 compact forms expand to their long names. */
final class SipHeaderNames {

    private SipHeaderNames() {
    }

    static String canonical(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.length() != 1) {
            return n;
        }
        return switch (n.charAt(0)) {
            case 'i' -> "call-id";
            case 'f' -> "from";
            case 't' -> "to";
            case 'v' -> "via";
            case 'c' -> "content-type";
            case 'l' -> "content-length";
            case 'm' -> "contact";
            case 'e' -> "content-encoding";
            case 's' -> "subject";
            case 'k' -> "supported";
            case 'o' -> "event";
            case 'r' -> "refer-to";
            case 'x' -> "session-expires";
            case 'u' -> "allow-events";
            default -> n;
        };
    }
}
