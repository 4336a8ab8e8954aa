package io.callrec.media.engine;

import io.callrec.media.call.CallSignalling;
import io.callrec.media.call.SideFile;
import io.callrec.media.call.SipDialog;
import io.callrec.media.engine.MediaException.Reason;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.StreamInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which streams make up the converted call. Signalling comes from the capture's SIP and the
 * optional side file (its call first). The call converted is the one named by the options, else the
 * side file's, else the call whose matched RTP with decodable audio starts first (any matched RTP
 * when none is decodable). Streams matched to other calls are left
 * out; unmatched streams stay when only one call matched anything (NAT may hide a leg's address),
 * and without any match the capture is converted as before, by heuristics alone. {@code dialog} is
 * the converted call's, else the signalling's only call (whose SDP matched no stream), else null.
 */
record CallSelection(Map<FlowKey, StreamInfo> streams, Map<FlowKey, CallMatcher.Assignment> assignments,
                     List<CallInfo> calls, SipCounters sip, SipDialog dialog) {

    static CallSelection choose(Map<FlowKey, StreamInfo> all, CallSignalling fromCapture, ConversionOptions opts)
            throws MediaException {
        CallSignalling signalling = fromCapture;
        if (opts.sideFile() != null) {
            try {
                signalling = signalling.withFirst(SideFile.read(opts.sideFile()).toDialog());
            } catch (IOException | RuntimeException e) {
                throw new MediaException(Reason.BAD_SIDE_FILE, "side file " + opts.sideFile() + ": " + e.getMessage(), e);
            }
        }
        Map<FlowKey, CallMatcher.Assignment> assignments = CallMatcher.match(signalling, all);
        List<SipDialog> dialogs = signalling.dialogs();
        int selected = select(all, assignments, dialogs, opts);
        Set<Integer> matchedDialogs = new HashSet<>();
        assignments.values().forEach(a -> matchedDialogs.add(a.dialog()));
        Map<FlowKey, StreamInfo> streams = new HashMap<>();
        Map<FlowKey, CallMatcher.Assignment> kept = new HashMap<>();
        all.forEach((key, info) -> {
            CallMatcher.Assignment a = assignments.get(key);
            boolean keep = selected < 0 || (a == null ? matchedDialogs.size() <= 1 : a.dialog() == selected);
            if (keep) {
                streams.put(key, info);
                if (a != null) {
                    kept.put(key, a);
                }
            }
        });
        List<CallInfo> calls = new ArrayList<>();
        for (int i = 0; i < dialogs.size(); i++) {
            SipDialog d = dialogs.get(i);
            calls.add(new CallInfo(d.callId(), d.callerUri(), d.calleeUri(), millis(d.firstNanos()),
                    millis(d.answerNanos()), millis(d.byeNanos()), i == selected, d.infoEvents()));
        }
        return new CallSelection(streams, kept, calls,
                new SipCounters(fromCapture.messages(), fromCapture.malformed(), fromCapture.truncated()),
                selected >= 0 ? dialogs.get(selected) : dialogs.size() == 1 ? dialogs.get(0) : null);
    }

    private static int select(Map<FlowKey, StreamInfo> all, Map<FlowKey, CallMatcher.Assignment> assignments,
                              List<SipDialog> dialogs, ConversionOptions opts) throws MediaException {
        if (opts.callId() != null) {
            int wanted = -1;
            for (int i = 0; i < dialogs.size() && wanted < 0; i++) {
                wanted = dialogs.get(i).callId().equals(opts.callId()) ? i : -1;
            }
            if (wanted < 0) {
                throw new MediaException(Reason.CALL_NOT_FOUND, "no call with Call-ID " + opts.callId()
                        + " in the capture's signalling (" + dialogs.size() + " calls)");
            }
            final int w = wanted;
            if (assignments.values().stream().noneMatch(a -> a.dialog() == w)) {
                throw new MediaException(Reason.CALL_NOT_FOUND, "no RTP stream matches the SDP of call " + opts.callId());
            }
            return wanted;
        }
        if (opts.sideFile() != null && assignments.values().stream().anyMatch(a -> a.dialog() == 0)) {
            return 0;
        }
        int best = earliest(all, assignments, true);
        return best >= 0 ? best : earliest(all, assignments, false);
    }

    /** The dialog of the earliest matched stream (with decodable audio only, when {@code audio}), or -1. */
    private static int earliest(Map<FlowKey, StreamInfo> all, Map<FlowKey, CallMatcher.Assignment> assignments,
                                boolean audio) {
        int best = -1;
        long bestNanos = Long.MAX_VALUE;
        for (Map.Entry<FlowKey, StreamInfo> e : all.entrySet()) {
            CallMatcher.Assignment a = assignments.get(e.getKey());
            if (a == null || (audio && !decodable(e.getValue(), a))) {
                continue;
            }
            if (e.getValue().firstNanos() < bestNanos || (e.getValue().firstNanos() == bestNanos && a.dialog() < best)) {
                best = a.dialog();
                bestNanos = e.getValue().firstNanos();
            }
        }
        return best;
    }

    private static boolean decodable(StreamInfo info, CallMatcher.Assignment a) {
        for (int pt = 0; pt < 128; pt++) {
            if (info.sawPayloadType(pt) && a.payloads().newDecoder(pt) != null) {
                return true;
            }
        }
        return false;
    }

    private static long millis(long nanos) {
        return nanos < 0 ? -1 : Math.floorDiv(nanos, 1_000_000L);
    }
}
