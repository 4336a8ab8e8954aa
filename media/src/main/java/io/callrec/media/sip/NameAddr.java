package io.callrec.media.sip;

import java.util.Locale;

/** The parts of a From/To value (RFC 3261 §20.20, §25.1 name-addr / addr-spec) we need. */
final class NameAddr {

    private NameAddr() {
    }

    /** The URI inside angle brackets, or the addr-spec up to its parameters; null when absent. */
    static String uri(String value) {
        if (value == null) {
            return null;
        }
        int lt = value.indexOf('<');
        if (lt >= 0) {
            int gt = value.indexOf('>', lt);
            return (gt < 0 ? value.substring(lt + 1) : value.substring(lt + 1, gt)).trim();
        }
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).trim();
    }

    /** The tag parameter after the URI, or null. */
    static String tag(String value) {
        if (value == null) {
            return null;
        }
        int gt = value.lastIndexOf('>');
        String params = gt < 0 ? value : value.substring(gt + 1);
        for (String p : params.split(";")) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("tag")) {
                String tag = p.substring(eq + 1).trim();
                return tag.isEmpty() ? null : tag;
            }
        }
        return null;
    }
}
