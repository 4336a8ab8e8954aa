package io.callrec.media.engine;

import io.callrec.media.call.SipInfoEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The on-demand spans of a conversion as the passes use them: epoch-nanosecond pairs, and what they keep. */
final class KeptSpans {

    private KeptSpans() {
    }

    /**
     * The calls' SIP INFO dtmf-relay digits sent while recording was stopped are dropped from the
     * result, like RFC 4733 digits: digits typed then (a card number) must not reach the recording's
     * statistics. {@code Record:} requests stay: they are the audit of the spans themselves.
     */
    static List<CallInfo> withoutStoppedDigits(List<CallInfo> calls, long[][] keep) {
        if (keep == null) {
            return calls;
        }
        List<CallInfo> kept = new ArrayList<>();
        for (CallInfo c : calls) {
            List<SipInfoEvent> events = c.infoEvents().stream()
                    .filter(e -> e.kind() == SipInfoEvent.Kind.RECORD || inside(e.captureNanos(), keep)).toList();
            kept.add(new CallInfo(c.callId(), c.caller(), c.callee(), c.firstMessageMillis(), c.answerMillis(),
                    c.byeMillis(), c.converted(), events));
        }
        return kept;
    }

    private static boolean inside(long nanos, long[][] keep) {
        for (long[] span : keep) {
            if (nanos >= span[0] && nanos < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The spans as epoch-nanosecond pairs for the tracks' gates; null = the whole call. */
    static long[][] nanos(List<TimeSpan> spans) {
        if (spans == null) {
            return null;
        }
        long[][] keep = new long[spans.size()][];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = new long[] {nanos(spans.get(i).start()), nanos(spans.get(i).end())};
        }
        return keep;
    }

    /** Epoch nanoseconds of {@code t}, clamped to what a long holds. */
    static long nanos(Instant t) {
        long seconds = Math.max(-9_000_000_000L, Math.min(9_000_000_000L, t.getEpochSecond()));
        return seconds * 1_000_000_000L + t.getNano();
    }
}
