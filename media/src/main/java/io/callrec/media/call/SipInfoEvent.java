package io.callrec.media.call;

/**
 * A SIP INFO request of a dialog, kept for features such as on-demand recording and DTMF logs.
 * RECORD carries "on" or "off" (Yealink-style {@code Record:} header); DTMF carries the signal
 * of an application/dtmf-relay or application/dtmf body and its duration in ms (0 if not given).
 */
public record SipInfoEvent(long captureNanos, CallParty sender, Kind kind, String value, int durationMillis) {

    public enum Kind { RECORD, DTMF }
}
