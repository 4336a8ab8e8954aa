package io.callrec.media.call;

import java.util.Locale;

/**
 * DTMF carried in SIP INFO bodies: application/dtmf-relay ("Signal=5" and "Duration=160" lines,
 * the de-facto Cisco format) and application/dtmf (the bare digit).
 */
final class DtmfInfo {

    private DtmfInfo() {
    }

    static SipInfoEvent parse(String contentType, String body, long nanos, CallParty sender) {
        if ("application/dtmf".equals(contentType)) {
            String digit = body.trim();
            return digit.isEmpty() || digit.length() > 8 ? null
                    : new SipInfoEvent(nanos, sender, SipInfoEvent.Kind.DTMF, digit, 0);
        }
        if (!"application/dtmf-relay".equals(contentType)) {
            return null;
        }
        String signal = null;
        int duration = 0;
        for (String line : body.split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = line.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).trim();
            if (name.equals("signal") && !value.isEmpty() && value.length() <= 8) {
                signal = value;
            } else if (name.equals("duration")) {
                try {
                    duration = Math.max(0, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    duration = 0;
                }
            }
        }
        return signal == null ? null : new SipInfoEvent(nanos, sender, SipInfoEvent.Kind.DTMF, signal, duration);
    }
}
