package io.callrec.domain.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The guard against recordings that are silently shorter than they should be. What a recording should
 * hold is judged against what its capture can hold, never against the call record's duration (which
 * counts time no packet was sent in: a silent end of the call, a BYE that came late):
 * <ul>
 * <li>a whole-call recording should hold the call's media as the capture has it, first to last sample;</li>
 * <li>a recording cut to spans should hold the spans, but a span that runs to the end of the call asks
 *     only for the call as captured (the capture's last packet or its BYE), not for the xDR's later
 *     disconnect; any other part of a span outside the captured call is missing
 *     ({@link OutcomeReason#SPANS_OUTSIDE_CAPTURE}: the clocks could not be aligned, or the capture ends
 *     early); of the parts inside the capture's media, the output must hold all
 *     ({@link OutcomeReason#OUTPUT_SHORT} otherwise).</li>
 * </ul>
 * A capture that holds the call's signalling but not its BYE, and ends more than
 * {@link #EARLY_END_ALLOWANCE} before the xDR's disconnect, was cut while the call went on: the
 * recording is PARTIAL ({@link OutcomeReason#CAPTURE_ENDS_EARLY}) however well it holds what was captured.
 * Shortfalls up to the tolerance pass: they are the answer-to-first-packet delay, xDR times rounded to
 * the second, a stop pressed while no packet flowed. An output of 0 ms is never complete: it FAILS, as
 * there is no audio, with the reason. The engine's own partial reasons (a truncated capture) come
 * first. Pure: every input is given, nothing is read.
 */
public final class OutputCheck {

    private OutputCheck() {
    }

    /** A stretch of the capture's timeline, {@code start} inclusive. */
    public record Stretch(Instant start, Instant end) {

        public Stretch {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("stretch ends before it starts: " + start + " > " + end);
            }
        }

        long millis() {
            return Duration.between(start, end).toMillis();
        }

        long overlapMillis(Stretch other) {
            Instant from = start.isAfter(other.start) ? start : other.start;
            Instant to = end.isBefore(other.end) ? end : other.end;
            return to.isAfter(from) ? Duration.between(from, to).toMillis() : 0;
        }

        @Override
        public String toString() {
            return start + " to " + end;
        }

        /** Sorted, with touching and overlapping stretches joined (as the engine renders spans), empty ones dropped. */
        public static List<Stretch> merged(List<Stretch> stretches) {
            List<Stretch> sorted = new ArrayList<>(stretches);
            sorted.sort(Comparator.comparing(Stretch::start));
            List<Stretch> joined = new ArrayList<>();
            for (Stretch s : sorted) {
                Stretch last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && !s.start().isAfter(last.end())) {
                    joined.set(joined.size() - 1, new Stretch(last.start(), s.end().isAfter(last.end()) ? s.end() : last.end()));
                } else if (s.end().isAfter(s.start())) {
                    joined.add(s);
                }
            }
            return joined;
        }
    }

    /**
     * What the capture holds of the converted call: {@code media} from its first to its last mixed
     * sample (what a whole-call output spans), {@code call} that widened to the SIP answer and BYE when
     * the capture has them.
     */
    public record Capture(Stretch media, Stretch call, boolean byeMissing) {

        /** A capture whose end is not in doubt: it holds the BYE, or no signalling at all to tell. */
        public Capture(Stretch media, Stretch call) {
            this(media, call, false);
        }
    }

    /**
     * How long before the call record's disconnect a capture that holds the call's signalling but not
     * its BYE may end and still be taken as complete: the xDR's times are rounded to the second and
     * the BYE follows the last packet. Longer, the capture was cut while the call went on.
     */
    static final Duration EARLY_END_ALLOWANCE = Duration.ofSeconds(5);

    /** The outcome: AVAILABLE (no code), PARTIAL or FAILED with the code and the reason. */
    public record Verdict(RecordingState state, OutcomeReason code, String reason) {
    }

    private record Finding(OutcomeReason code, String reason) {
    }

    /**
     * {@code spans}: the recording's spans on the capture's clock, null for the whole call; {@code callEnd}:
     * the call's end (its xDRs' disconnect) on the capture's clock; {@code enginePartial}: the engine's
     * partial reason or null; {@code clockNote}: what was done to line the clocks up, the reason's "why"
     * when spans fall outside the capture.
     */
    public static Verdict judge(List<Stretch> spans, Instant callEnd, Capture capture, long outputMillis,
                                String enginePartial, String clockNote, Duration tolerance) {
        long tol = tolerance.toMillis();
        Finding finding = spans == null ? wholeCall(capture, callEnd, outputMillis, tol)
                : spans(Stretch.merged(spans), callEnd, capture, outputMillis, clockNote, tol);
        List<String> reasons = new ArrayList<>();
        if (enginePartial != null) {
            reasons.add(enginePartial);
        }
        if (finding != null) {
            reasons.add(finding.reason());
        }
        String why = String.join("; ", reasons);
        if (outputMillis <= 0) {
            return new Verdict(RecordingState.FAILED, finding != null ? finding.code() : OutcomeReason.EMPTY_OUTPUT,
                    why.isEmpty() ? "the conversion wrote no audio" : why);
        }
        if (enginePartial != null) {
            return new Verdict(RecordingState.PARTIAL, OutcomeReason.AUDIO_INCOMPLETE, why);
        }
        return finding == null ? new Verdict(RecordingState.AVAILABLE, null, null)
                : new Verdict(RecordingState.PARTIAL, finding.code(), why);
    }

    private static Finding wholeCall(Capture capture, Instant callEnd, long output, long tol) {
        long expected = capture.media().millis();
        if (output <= 0) {
            return new Finding(OutcomeReason.EMPTY_OUTPUT, "the conversion wrote no audio although the capture holds "
                    + expected + " ms of the call's media (" + capture.media() + ")");
        }
        if (expected - output > tol) {
            return new Finding(OutcomeReason.OUTPUT_SHORT, "the output holds " + output + " ms of the " + expected
                    + " ms of the call's media in the capture (" + capture.media() + "): " + (expected - output)
                    + " ms are missing");
        }
        return endsEarly(capture, callEnd, tol);
    }

    /** The capture was cut while the call went on: signalling without its BYE, ending well before the xDR's disconnect. */
    private static Finding endsEarly(Capture capture, Instant callEnd, long tol) {
        if (!capture.byeMissing() || callEnd == null) {
            return null;
        }
        long missing = Duration.between(capture.call().end(), callEnd).toMillis();
        if (missing <= Math.max(tol, EARLY_END_ALLOWANCE.toMillis())) {
            return null;
        }
        return new Finding(OutcomeReason.CAPTURE_ENDS_EARLY, "the capture ends " + missing + " ms before the call's"
                + " disconnect (" + callEnd + ") without the call's BYE: the rest of the call was not captured");
    }

    private static Finding spans(List<Stretch> spans, Instant callEnd, Capture capture, long output, String clockNote,
                                 long tol) {
        if (spans.isEmpty()) {
            return null;
        }
        long asked = 0;
        long inCall = 0;
        long inMedia = 0;
        for (Stretch s : spans) {
            Stretch wanted = toEndOfCapturedCall(s, callEnd, capture);
            asked += wanted.millis();
            inCall += wanted.overlapMillis(capture.call());
            inMedia += s.overlapMillis(capture.media());
        }
        long outside = asked - inCall;
        String recorded = "recorded " + (spans.size() == 1 ? "span " : "spans ")
                + new Stretch(spans.get(0).start(), spans.get(spans.size() - 1).end());
        if (outside > tol || (output <= 0 && outside > 0)) {
            return new Finding(OutcomeReason.SPANS_OUTSIDE_CAPTURE, outside + " ms of the " + asked + " ms "
                    + recorded + " lie outside the captured call (" + capture.call() + "): " + clockNote);
        }
        if (output <= 0) {
            return new Finding(OutcomeReason.EMPTY_OUTPUT, inMedia > 0
                    ? "the conversion wrote no audio although the capture holds " + inMedia + " ms of media in the "
                    + recorded : "the " + recorded + (spans.size() == 1 ? " holds" : " hold") + " none of the captured media (" + capture.media()
                    + "): no RTP was captured while recording");
        }
        if (inMedia - output > tol) {
            return new Finding(OutcomeReason.OUTPUT_SHORT, "the output holds " + output + " ms but the capture holds "
                    + inMedia + " ms of media in the " + recorded + ": " + (inMedia - output) + " ms are missing");
        }
        return null;
    }

    /**
     * A span that runs until the call's end asks for the call as captured: when the capture's call ends
     * first (a silent end, a late BYE, rounding), the span is taken to end there, unless the capture
     * lacks the BYE of the signalling it holds (it was cut: the rest of the span is missing).
     */
    private static Stretch toEndOfCapturedCall(Stretch s, Instant callEnd, Capture capture) {
        Stretch call = capture.call();
        if (callEnd == null || capture.byeMissing() || s.end().isBefore(callEnd) || s.start().isAfter(call.end())
                || !s.end().isAfter(call.end())) {
            return s;
        }
        return new Stretch(s.start(), call.end());
    }
}
