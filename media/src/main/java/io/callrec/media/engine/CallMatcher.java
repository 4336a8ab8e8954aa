package io.callrec.media.engine;

import io.callrec.media.call.CallParty;
import io.callrec.media.call.CallSignalling;
import io.callrec.media.call.MediaUpdate;
import io.callrec.media.call.SipDialog;
import io.callrec.media.codec.PayloadMap;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.StreamInfo;
import io.callrec.media.sdp.Addresses;
import io.callrec.media.sdp.MediaDescription;
import io.callrec.media.sdp.RtpMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties RTP directions to dialog sides. A side's SDP says where that side receives (RFC 3264 §5),
 * so a flow sent TO a side's address is the other side's leg, and its payload numbers are the ones
 * the receiving side announced (RFC 3264 §5.1: "the payload type numbers ... indicate the formats
 * the offerer wishes to receive"). Order of evidence: (1) the flow's destination is a side's SDP
 * address; (2) the flow goes back to the source of a flow matched by (1) (symmetric RTP, RFC 4961:
 * it is the opposite leg); (3) the flow's source is a side's SDP address (that side sends from
 * where it receives); (4) the destination port alone matches one SDP (NAT rewrote the address). When the receiving side announced two or more
 * audio streams (SIPREC, RFC 7866: one per recorded participant) the m= line order gives the role:
 * first = caller, second = callee.
 */
final class CallMatcher {

    /** Where one direction belongs: dialog index, role, m= line (0 unless SIPREC-like), codec map. */
    record Assignment(int dialog, String callId, CallParty role, int mLine, PayloadMap payloads) {

        /** Directions with equal keys form one leg. */
        String legKey() {
            return dialog + "/" + role + "/" + mLine;
        }
    }

    /** A side's SDP address as announced at {@code nanos} (or a matched sender seen then). */
    private record Ref(int dialog, CallParty side, int mLine, long nanos) {

        boolean sameTarget(Ref o) {
            return dialog == o.dialog && side == o.side && mLine == o.mLine;
        }
    }

    /** A stream may start this long before the SDP that announced its address was captured. */
    private static final long EARLY_NANOS = 5_000_000_000L;

    private CallMatcher() {
    }

    /** Assignments per (5-tuple, SSRC) stream; unmatched streams are absent. */
    static Map<FlowKey, Assignment> match(CallSignalling signalling, Map<FlowKey, StreamInfo> streams) {
        Map<String, List<Ref>> byEndpoint = new HashMap<>();
        Map<Integer, List<Ref>> byPort = new HashMap<>();
        List<SipDialog> dialogs = signalling.dialogs();
        for (int d = 0; d < dialogs.size(); d++) {
            for (MediaUpdate u : dialogs.get(d).updates()) {
                for (int m = 0; m < u.audio().size(); m++) {
                    MediaDescription md = u.audio().get(m);
                    if (md.disabled()) {
                        continue;
                    }
                    Ref ref = new Ref(d, u.side(), m, u.captureNanos());
                    if (md.endpoint() != null) {
                        byEndpoint.computeIfAbsent(md.endpoint(), k -> new ArrayList<>()).add(ref);
                    }
                    byPort.computeIfAbsent(md.port(), k -> new ArrayList<>()).add(ref);
                }
            }
        }
        List<Map.Entry<FlowKey, StreamInfo>> ordered = new ArrayList<>(streams.entrySet());
        ordered.sort(Comparator.comparingLong((Map.Entry<FlowKey, StreamInfo> e) -> e.getValue().firstNanos())
                .thenComparing(e -> e.getKey().toString()));
        Map<FlowKey, Assignment> result = new HashMap<>();
        Map<String, List<Ref>> senders = new HashMap<>();
        List<Map.Entry<FlowKey, StreamInfo>> pending = new ArrayList<>();
        for (Map.Entry<FlowKey, StreamInfo> e : ordered) {
            long first = e.getValue().firstNanos();
            Ref to = at(byEndpoint.get(dst(e.getKey())), first);
            if (to != null) {
                result.put(e.getKey(), assignment(dialogs, to.dialog, to.side.other(), to.side, to.mLine));
                // The party at this stream's source sent it: the side opposite the SDP it reached.
                senders.computeIfAbsent(src(e.getKey()), k -> new ArrayList<>())
                        .add(new Ref(to.dialog, to.side.other(), to.mLine, first));
            } else {
                pending.add(e);
            }
        }
        for (Map.Entry<FlowKey, StreamInfo> e : pending) {
            long first = e.getValue().firstNanos();
            // Symmetric RTP (RFC 4961): media sent to where a matched stream came from goes to that sender.
            Ref back = at(senders.get(dst(e.getKey())), first);
            Ref from = back == null ? at(byEndpoint.get(src(e.getKey())), first) : null;
            Ref portOnly = back == null && from == null ? unique(byPort.get(Addresses.port(dst(e.getKey()))), first) : null;
            if (back != null) {
                result.put(e.getKey(), assignment(dialogs, back.dialog, back.side.other(), back.side, back.mLine));
            } else if (from != null) {
                result.put(e.getKey(), assignment(dialogs, from.dialog, from.side, from.side.other(), from.mLine));
            } else if (portOnly != null) {
                result.put(e.getKey(), assignment(dialogs, portOnly.dialog, portOnly.side.other(), portOnly.side,
                        portOnly.mLine));
            }
        }
        return result;
    }

    /**
     * The reference in force when a stream started: the latest announced no later than shortly after
     * the stream's first packet (two calls may reuse one address in turn), else the earliest.
     */
    private static Ref at(List<Ref> refs, long firstNanos) {
        if (refs == null || refs.isEmpty()) {
            return null;
        }
        Ref best = null;
        Ref earliest = refs.get(0);
        for (Ref r : refs) {
            if (r.nanos <= firstNanos + EARLY_NANOS && (best == null || r.nanos >= best.nanos)) {
                best = r;
            }
            earliest = r.nanos < earliest.nanos ? r : earliest;
        }
        return best != null ? best : earliest;
    }

    /** {@link #at} when every candidate names the same dialog side, else null (ambiguous). */
    private static Ref unique(List<Ref> refs, long firstNanos) {
        Ref chosen = at(refs, firstNanos);
        return chosen != null && refs.stream().allMatch(chosen::sameTarget) ? chosen : null;
    }

    private static String src(FlowKey stream) {
        return Addresses.normalizeEndpoint(stream.source());
    }

    private static String dst(FlowKey stream) {
        return Addresses.normalizeEndpoint(stream.destination());
    }

    private static Assignment assignment(List<SipDialog> dialogs, int d, CallParty sender, CallParty receiver,
                                         int mLine) {
        SipDialog dialog = dialogs.get(d);
        MediaUpdate latest = dialog.latest(receiver);
        long streams = latest == null ? 0 : latest.audio().stream().filter(m -> !m.disabled()).count();
        CallParty role = sender;
        int line = 0;
        if (streams >= 2) {
            role = mLine == 0 ? CallParty.CALLER : mLine == 1 ? CallParty.CALLEE : CallParty.UNKNOWN;
            line = mLine;
        }
        return new Assignment(d, dialog.callId(), role, line, payloads(dialog, sender, receiver, mLine));
    }

    /** The sender's bindings as a fallback, overridden by the receiver's, oldest SDP first. */
    private static PayloadMap payloads(SipDialog dialog, CallParty sender, CallParty receiver, int mLine) {
        PayloadMap.Builder b = PayloadMap.builder();
        for (CallParty side : new CallParty[] {sender, receiver}) {
            for (MediaUpdate u : dialog.updates()) {
                if (u.side() == side && mLine < u.audio().size()) {
                    for (Map.Entry<Integer, RtpMap> e : u.audio().get(mLine).payloadTypes().entrySet()) {
                        b.bind(e.getKey(), e.getValue().encoding(), e.getValue().clockRate());
                    }
                }
            }
        }
        return b.build();
    }
}
