package io.callrec.media.call;

import io.callrec.media.sdp.MediaDescription;
import io.callrec.media.sdp.SdpParser;
import io.callrec.media.sdp.SessionDescription;
import io.callrec.media.sip.SipMessage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link SipDialog}s from SIP messages in capture order. The side an SDP belongs to follows
 * RFC 3264 offer/answer over RFC 3261 transactions: a request's SDP is its sender's (the party the
 * From tag names), a response's SDP is the other party's. That covers the initial offer/answer,
 * the late offer (SDP in 200 OK, answer in ACK) and re-INVITEs from either party.
 */
public final class DialogTracker {

    static final int MAX_DIALOGS = 4096;
    private static final int MAX_INFOS = 65536;
    private static final Set<String> NOT_CALLS = Set.of("REGISTER", "OPTIONS", "SUBSCRIBE", "NOTIFY", "PUBLISH",
            "MESSAGE");
    private static final Set<String> SDP_METHODS = Set.of("INVITE", "ACK", "UPDATE", "PRACK");

    private final Map<String, SipDialog> dialogs = new LinkedHashMap<>();
    private final Set<String> seenInfos = new HashSet<>();

    public void accept(SipMessage m, long captureNanos) {
        String callId = m.callId();
        String method = m.isRequest() ? m.method() : m.cseqMethod();
        if (callId == null || callId.isEmpty() || method == null || NOT_CALLS.contains(method)) {
            return;
        }
        SipDialog dialog = dialogs.get(callId);
        if (dialog == null) {
            if (dialogs.size() >= MAX_DIALOGS) {
                return;
            }
            dialog = new SipDialog(callId, m.fromUri(), m.fromTag(), m.toUri(), captureNanos);
            dialogs.put(callId, dialog);
        }
        CallParty originator = dialog.originatorOf(m.fromTag(), m.fromUri());
        CallParty sender = m.isRequest() ? originator : originator.other();
        media(dialog, m, method, sender, captureNanos);
        if (m.isRequest()) {
            if (method.equals("INVITE")) {
                dialog.invite(originator, m.toTag() == null, m.cseqNumber());
            }
            request(dialog, m, originator, captureNanos);
        } else if (method.equals("INVITE") && dialog.answersInitialInvite(originator, m.cseqNumber())) {
            int status = m.statusCode();
            if (status >= 200 && status < 300 && dialog.answerNanos < 0) {
                dialog.answerNanos = captureNanos;
            } else if (status >= 300 && dialog.answerNanos < 0) {
                dialog.failureStatus = status;
            }
        }
    }

    private static void media(SipDialog dialog, SipMessage m, String method, CallParty sender, long nanos) {
        boolean carries = m.isRequest() ? SDP_METHODS.contains(method)
                : SDP_METHODS.contains(method) && m.statusCode() < 300;
        String sdp = carries ? m.sdp() : null;
        SessionDescription session = sdp == null ? null : SdpParser.parse(sdp);
        if (session == null) {
            return;
        }
        List<MediaDescription> audio = session.audio();
        if (!audio.isEmpty()) {
            String carrier = m.isRequest() ? method : m.statusCode() + " " + method;
            dialog.addUpdate(new MediaUpdate(nanos, sender, carrier, audio));
        }
    }

    private void request(SipDialog dialog, SipMessage m, CallParty originator, long nanos) {
        if (m.method().equals("BYE") && dialog.byeNanos < 0) {
            dialog.byeNanos = nanos;
        }
        if (!m.method().equals("INFO") || seenInfos.size() >= MAX_INFOS
                || !seenInfos.add(dialog.callId() + '\n' + m.fromTag() + '\n' + m.cseqNumber())) {
            return;
        }
        String record = m.header("record");
        if (record != null) {
            String v = record.trim().toLowerCase(Locale.ROOT);
            if (v.equals("on") || v.equals("off")) {
                dialog.addEvent(new SipInfoEvent(nanos, originator, SipInfoEvent.Kind.RECORD, v, 0));
            }
        }
        SipInfoEvent dtmf = DtmfInfo.parse(m.contentType(), m.bodyText(), nanos, originator);
        if (dtmf != null) {
            dialog.addEvent(dtmf);
        }
    }

    public CallSignalling result(long messages, long malformed, long truncated) {
        return new CallSignalling(List.copyOf(dialogs.values()), messages, malformed, truncated);
    }
}
