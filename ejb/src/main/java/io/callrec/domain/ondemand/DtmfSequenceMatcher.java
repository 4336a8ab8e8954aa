package io.callrec.domain.ondemand;

import io.callrec.domain.dialing.DtmfCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the account's start and stop codes in a call's DTMF digits, which arrive one event at a time.
 * A code counts when its symbols are the last ones pressed, each within {@link #MAX_GAP} of the one
 * before; digits of other sequences before it are ignored, and a match consumes its digits.
 */
public final class DtmfSequenceMatcher {

    /** Longest pause between two symbols of one code. */
    public static final Duration MAX_GAP = Duration.ofSeconds(5);

    private DtmfSequenceMatcher() {
    }

    public static List<ControlEvent> match(List<DtmfDigit> digits, DtmfCodes codes) {
        List<DtmfDigit> ordered = new ArrayList<>(digits);
        ordered.sort(Comparator.comparing(DtmfDigit::at));
        List<ControlEvent> events = new ArrayList<>();
        StringBuilder recent = new StringBuilder();
        DtmfDigit previous = null;
        for (DtmfDigit digit : ordered) {
            if (previous != null && Duration.between(previous.at(), digit.at()).compareTo(MAX_GAP) > 0) {
                recent.setLength(0);
            }
            previous = digit;
            recent.append(digit.symbol());
            if (recent.length() > codes.longest()) {
                recent.deleteCharAt(0);
            }
            String pressed = recent.toString();
            if (pressed.endsWith(codes.start())) {
                events.add(new ControlEvent(digit.at(), Action.START, Trigger.DTMF, detail(codes.start(), digit)));
                recent.setLength(0);
            } else if (pressed.endsWith(codes.stop())) {
                events.add(new ControlEvent(digit.at(), Action.STOP, Trigger.DTMF, detail(codes.stop(), digit)));
                recent.setLength(0);
            }
        }
        return events;
    }

    private static String detail(String code, DtmfDigit last) {
        return code + (last.source() == DtmfDigit.Source.RFC4733 ? " (RFC 4733)" : " (SIP INFO dtmf-relay)");
    }
}
