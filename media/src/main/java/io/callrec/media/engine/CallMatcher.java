package io.callrec.media.engine;

import io.callrec.media.call.CallSignalling;
import io.callrec.media.call.MediaUpdate;
import io.callrec.media.call.Role;
import io.callrec.media.call.SipDialog;
import io.callrec.media.codec.PayloadMap;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.sdp.Addresses;
import io.callrec.media.sdp.MediaDescription;
import io.callrec.media.sdp.RtpMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties RTP directions to dialog sides. A side's SDP says where that side receives (RFC 3264 §5),
 * so a flow sent TO a side's address is the other side's leg, and its payload numbers are the ones
 * the receiving side announced (RFC 3264 §5.1: "the payload type numbers ... indicate the formats
 * the offerer wishes to receive"). A flow sent FROM a side's address (symmetric RTP, RFC 4961) is
 * that side's leg. Destination matches win over source matches, exact address:port over port
 * alone (NAT rewrites addresses, rarely ports). When the receiving side announced two or more
 * audio streams (SIPREC, RFC 7866: one per recorded participant) the m= line order gives the role:
 * first = caller, second = callee.
 */
final class CallMatcher {

    /** Where one direction belongs: dialog index, role, m= line (0 unless SIPREC-like), codec map. */
    record Assignment(int dialog, String callId, Role role, int mLine, PayloadMap payloads) {

        /** Directions with equal keys form one leg. */
        String legKey() {
            return dialog + "/" + role + "/" + mLine;
        }
    }

    private record Ref(int dialog, Role side, int mLine) {
    }

    private CallMatcher() {
    }

    static Map<FlowKey, Assignment> match(CallSignalling signalling, Collection<FlowKey> directions) {
        Map<String, Ref> byEndpoint = new HashMap<>();
        Map<Integer, List<Ref>> byPort = new HashMap<>();
        List<SipDialog> dialogs = signalling.dialogs();
        for (int d = 0; d < dialogs.size(); d++) {
            for (MediaUpdate u : dialogs.get(d).updates()) {
                for (int m = 0; m < u.audio().size(); m++) {
                    MediaDescription md = u.audio().get(m);
                    if (md.disabled()) {
                        continue;
                    }
                    Ref ref = new Ref(d, u.side(), m);
                    if (md.endpoint() != null) {
                        byEndpoint.putIfAbsent(md.endpoint(), ref);
                    }
                    List<Ref> refs = byPort.computeIfAbsent(md.port(), k -> new ArrayList<>());
                    if (!refs.contains(ref)) {
                        refs.add(ref);
                    }
                }
            }
        }
        Map<FlowKey, Assignment> result = new HashMap<>();
        for (FlowKey direction : directions) {
            String src = Addresses.normalizeEndpoint(direction.source());
            String dst = Addresses.normalizeEndpoint(direction.destination());
            Ref to = byEndpoint.get(dst);
            Ref from = to == null ? byEndpoint.get(src) : null;
            if (to == null && from == null) {
                List<Ref> port = byPort.getOrDefault(Addresses.port(dst), List.of());
                to = port.size() == 1 ? port.get(0) : null;
            }
            if (to != null) {
                result.put(direction, assignment(dialogs, to.dialog, to.side.other(), to.side, to.mLine));
            } else if (from != null) {
                result.put(direction, assignment(dialogs, from.dialog, from.side, from.side.other(), from.mLine));
            }
        }
        return result;
    }

    private static Assignment assignment(List<SipDialog> dialogs, int d, Role sender, Role receiver, int mLine) {
        SipDialog dialog = dialogs.get(d);
        MediaUpdate latest = dialog.latest(receiver);
        long streams = latest == null ? 0 : latest.audio().stream().filter(m -> !m.disabled()).count();
        Role role = sender;
        int line = 0;
        if (streams >= 2) {
            role = mLine == 0 ? Role.CALLER : mLine == 1 ? Role.CALLEE : Role.UNKNOWN;
            line = mLine;
        }
        return new Assignment(d, dialog.callId(), role, line, payloads(dialog, sender, receiver, mLine));
    }

    /** The sender's bindings as a fallback, overridden by the receiver's, oldest SDP first. */
    private static PayloadMap payloads(SipDialog dialog, Role sender, Role receiver, int mLine) {
        PayloadMap.Builder b = PayloadMap.builder();
        for (Role side : new Role[] {sender, receiver}) {
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
