package io.callrec.media.engine;

import io.callrec.media.call.SipDialog;
import io.callrec.media.timeline.LegCounters;
import java.util.List;
import java.util.Locale;

/**
 * Where the capture says the converted call was connected, on the capture's clock (epoch
 * nanoseconds), so that times from another clock (a billing record's connect time and the switch's
 * control events) can be placed on the capture's timeline. In order of trust:
 * <ul>
 * <li>{@link Kind#SIP_ANSWER}: the 2xx answering the call's initial INVITE (RFC 3261 §13.2.2.4, the
 *     moment the call connects), when the capture holds the call's signalling;</li>
 * <li>{@link Kind#FIRST_MEDIA}: the first RTP packet of the call's legs, which a switch recording from
 *     the answer writes within a packet time of it (early media before a 200 OK that was not captured
 *     makes it earlier);</li>
 * <li>{@link Kind#NONE}: the capture holds the call's signalling but neither its INVITE nor the
 *     answer, so it began after the call was set up and its first packet is not the connect.</li>
 * </ul>
 */
public record ClockAnchor(Kind kind, long epochNanos) {

    public static final ClockAnchor NONE = new ClockAnchor(Kind.NONE, 0);

    public enum Kind {
        SIP_ANSWER, FIRST_MEDIA,
        /**
         * Never found by the engine: its user's choice when the media outlasts the call's record
         * (early media before an uncaptured answer), reported through {@link ConversionResult#withClockOffset}.
         */
        LAST_MEDIA,
        NONE;

        /** The name used in statistics, e.g. {@code sip-answer}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public boolean exists() {
        return kind != Kind.NONE;
    }

    /**
     * The anchor of the call whose legs counted {@code legs}: {@code call} is its dialog (the converted
     * call's, or the capture's only one), null when the capture has no signalling for it.
     */
    static ClockAnchor of(SipDialog call, List<LegCounters> legs) {
        if (call != null && call.answerNanos() >= 0) {
            return new ClockAnchor(Kind.SIP_ANSWER, call.answerNanos());
        }
        boolean signalledInCapture = call != null && call.firstNanos() >= 0;
        if (signalledInCapture && !call.initialInviteSeen()) {
            return NONE;
        }
        long first = Long.MAX_VALUE;
        for (LegCounters c : legs) {
            if (c.packets() > 0) {
                first = Math.min(first, c.firstNanos());
            }
        }
        return first == Long.MAX_VALUE ? NONE : new ClockAnchor(Kind.FIRST_MEDIA, first);
    }
}
