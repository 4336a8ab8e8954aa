package io.callrec.application.conversion;

import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.DtmfDigit;
import io.callrec.domain.ondemand.RecordHeader;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.media.call.CallParty;
import io.callrec.media.call.SipInfoEvent;
import io.callrec.media.engine.CallInfo;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.DtmfEvent;
import io.callrec.media.engine.LegStatistics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recording-control signals found in a capture, from the media engine's analysis: SIP INFO
 * {@code Record: on|off} requests of the converted call become control events; its SIP INFO
 * dtmf-relay digits and the RFC 4733 digits of its legs become DTMF digits for the sequence matcher.
 * Digits count only from the recorded account's side when it is known (outgoing call: the account
 * is the caller; incoming: the callee); a leg or request of unknown role always counts.
 */
public record CaptureControlEvents(List<ControlEvent> recordHeaders, List<DtmfDigit> digits) {

    public CaptureControlEvents {
        recordHeaders = List.copyOf(recordHeaders);
        digits = List.copyOf(digits);
    }

    public static CaptureControlEvents of(ConversionResult analysis, CallDirection direction) {
        CallParty side = direction == CallDirection.OUTGOING ? CallParty.CALLER
                : direction == CallDirection.INCOMING ? CallParty.CALLEE : CallParty.UNKNOWN;
        List<ControlEvent> headers = new ArrayList<>();
        List<DtmfDigit> digits = new ArrayList<>();
        List<CallInfo> calls = analysis.calls().stream().filter(CallInfo::converted).toList();
        for (CallInfo call : calls.isEmpty() ? analysis.calls() : calls) {
            for (SipInfoEvent e : call.infoEvents()) {
                Instant at = Instant.ofEpochSecond(0, e.captureNanos());
                if (e.kind() == SipInfoEvent.Kind.RECORD) {
                    RecordHeader.parse(e.value(), at).ifPresent(headers::add);
                } else if (fromSide(e.sender(), side)) {
                    DtmfDigit.fromDtmfRelay("Signal=" + e.value(), at).ifPresent(digits::add);
                }
            }
        }
        for (LegStatistics leg : analysis.legs()) {
            if (!fromSide(role(leg.role()), side)) {
                continue;
            }
            for (DtmfEvent e : leg.dtmf()) {
                Instant at = Instant.ofEpochSecond(0, analysis.originEpochNanos() + e.startMillis() * 1_000_000L);
                rfc4733(e.digit(), at, digits);
            }
        }
        return new CaptureControlEvents(headers, digits);
    }

    private static void rfc4733(String digit, Instant at, List<DtmfDigit> into) {
        if (digit != null && digit.length() == 1) {
            char c = digit.toUpperCase(Locale.ROOT).charAt(0);
            int event = "0123456789*#ABCD".indexOf(c);
            DtmfDigit.fromRfc4733Event(event, at).ifPresent(into::add);
        }
    }

    private static boolean fromSide(CallParty sender, CallParty side) {
        return side == CallParty.UNKNOWN || sender == CallParty.UNKNOWN || sender == side;
    }

    private static CallParty role(String label) {
        return "caller".equals(label) ? CallParty.CALLER : "callee".equals(label) ? CallParty.CALLEE : CallParty.UNKNOWN;
    }
}
