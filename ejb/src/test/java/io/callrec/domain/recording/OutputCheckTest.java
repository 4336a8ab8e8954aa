package io.callrec.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.OutputCheck.Capture;
import io.callrec.domain.recording.OutputCheck.Stretch;
import io.callrec.domain.recording.OutputCheck.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The output guard on a 20-second call whose RTP was captured from T (first packet) to T + 20 s and
 * whose 200 OK came 20 ms before it; times are milliseconds after T.
 */
class OutputCheckTest {

    private static final Instant T = Instant.parse("2026-12-03T11:48:42.480Z");
    private static final Duration TOLERANCE = Duration.ofSeconds(1);
    private static final Capture CAPTURE = new Capture(stretch(0, 20_000), stretch(-20, 20_000));
    private static final String CLOCK = "the clocks were lined up";

    private static Instant at(long millis) {
        return T.plusMillis(millis);
    }

    private static Stretch stretch(long from, long to) {
        return new Stretch(at(from), at(to));
    }

    private static Verdict judge(List<Stretch> spans, Instant callEnd, Capture capture, long output) {
        return OutputCheck.judge(spans, callEnd, capture, output, null, CLOCK, TOLERANCE);
    }

    @Test
    void wholeCallThatHoldsTheCapturedMediaIsComplete() {
        assertThat(judge(null, null, CAPTURE, 20_000).state()).isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    void wholeCallIsJudgedAgainstTheCaptureNotAgainstALongerXdrThatCountsRinging() {
        // The xDR says 35 s (15 s of ringing counted in); the capture holds 20 s, and so does the output.
        assertThat(judge(null, at(35_000), CAPTURE, 20_000).state()).isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    void emptyWholeCallFailsWithItsReason() {
        Verdict v = judge(null, null, CAPTURE, 0);
        assertThat(v.state()).isEqualTo(RecordingState.FAILED);
        assertThat(v.code()).isEqualTo(OutcomeReason.EMPTY_OUTPUT);
        assertThat(v.reason()).startsWith("the conversion wrote no audio although the capture holds 20000 ms");
    }

    @Test
    void wholeCallShorterThanItsMediaBeyondTheToleranceIsPartial() {
        assertThat(judge(null, null, CAPTURE, 19_000).state()).isEqualTo(RecordingState.AVAILABLE);
        Verdict v = judge(null, null, CAPTURE, 18_999);
        assertThat(v.state()).isEqualTo(RecordingState.PARTIAL);
        assertThat(v.code()).isEqualTo(OutcomeReason.OUTPUT_SHORT);
        assertThat(v.reason()).endsWith("1001 ms are missing");
    }

    @Test
    void spansInsideTheCaptureHeldWholeAreComplete() {
        List<Stretch> spans = List.of(stretch(5_000, 10_000), stretch(12_000, 13_000));
        assertThat(judge(spans, at(20_000), CAPTURE, 6_000).state()).isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    void spansEntirelyOutsideTheCaptureFailWithTheClockAsTheReason() {
        // No anchor: the xDR said 09:00:00 on the day before, and its 5 s span stayed there.
        Instant connect = Instant.parse("2026-12-02T09:00:00Z");
        List<Stretch> spans = List.of(new Stretch(connect.plusSeconds(5), connect.plusSeconds(10)));

        Verdict v = judge(spans, connect.plusSeconds(20), CAPTURE, 0);

        assertThat(v.state()).isEqualTo(RecordingState.FAILED);
        assertThat(v.code()).isEqualTo(OutcomeReason.SPANS_OUTSIDE_CAPTURE);
        assertThat(v.reason()).isEqualTo("5000 ms of the 5000 ms recorded span 2026-12-02T09:00:05Z to"
                + " 2026-12-02T09:00:10Z lie outside the captured call (2026-12-03T11:48:42.460Z to"
                + " 2026-12-03T11:49:02.480Z): " + CLOCK);
    }

    @Test
    void spansPartlyOutsideTheCaptureArePartialWithHowMuchIsMissing() {
        List<Stretch> spans = List.of(stretch(-3_000, 2_000));

        Verdict v = judge(spans, at(20_000), CAPTURE, 2_000);

        assertThat(v.state()).isEqualTo(RecordingState.PARTIAL);
        assertThat(v.code()).isEqualTo(OutcomeReason.SPANS_OUTSIDE_CAPTURE);
        assertThat(v.reason()).startsWith("2980 ms of the 5000 ms recorded span");
    }

    @Test
    void spanRunningToTheEndOfTheCallAsksOnlyForTheCallAsCaptured() {
        // Recording started at 5 s and ran to the xDR's disconnect, 15 s after the capture's last packet
        // (ringing counted in the xDR, or both parties silent with silence suppression before the BYE).
        List<Stretch> spans = List.of(stretch(5_000, 35_000));
        assertThat(judge(spans, at(35_000), CAPTURE, 15_000).state()).isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    void stopAskedForLongAfterTheCaptureEndedIsPartial() {
        // The stop is an event of its own, 5 s after the capture's end, and the call went on to 40 s:
        // the capture ends early.
        List<Stretch> spans = List.of(stretch(15_000, 25_000));
        Verdict v = judge(spans, at(40_000), CAPTURE, 5_000);
        assertThat(v.code()).isEqualTo(OutcomeReason.SPANS_OUTSIDE_CAPTURE);
        assertThat(v.reason()).startsWith("5000 ms of the 10000 ms recorded span");
    }

    @Test
    void spanAfterTheLastPacketButBeforeTheByeHoldsNothingAndFails() {
        Capture withLateBye = new Capture(stretch(0, 20_000), stretch(-20, 26_000));
        Verdict v = judge(List.of(stretch(22_000, 24_000)), at(30_000), withLateBye, 0);
        assertThat(v.state()).isEqualTo(RecordingState.FAILED);
        assertThat(v.code()).isEqualTo(OutcomeReason.EMPTY_OUTPUT);
        assertThat(v.reason()).endsWith("no RTP was captured while recording");
    }

    @Test
    void outputShorterThanTheMediaInsideTheSpansIsPartial() {
        List<Stretch> spans = List.of(stretch(2_000, 12_000));
        Verdict v = judge(spans, at(20_000), CAPTURE, 8_500);
        assertThat(v.state()).isEqualTo(RecordingState.PARTIAL);
        assertThat(v.code()).isEqualTo(OutcomeReason.OUTPUT_SHORT);
        assertThat(v.reason()).isEqualTo("the output holds 8500 ms but the capture holds 10000 ms of media in the"
                + " recorded span 2026-12-03T11:48:44.480Z to 2026-12-03T11:48:54.480Z: 1500 ms are missing");
    }

    @Test
    void overlappingSpansOfSeveralAccountsCountOnce() {
        List<Stretch> spans = List.of(stretch(2_000, 8_000), stretch(5_000, 10_000), stretch(10_000, 11_000));
        assertThat(judge(spans, at(20_000), CAPTURE, 9_000).state()).isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    void enginesOwnPartialReasonComesFirst() {
        Verdict v = OutputCheck.judge(List.of(stretch(15_000, 25_000)), at(40_000), CAPTURE, 5_000,
                "capture is truncated after 1000 frames", CLOCK, TOLERANCE);
        assertThat(v.state()).isEqualTo(RecordingState.PARTIAL);
        assertThat(v.code()).isEqualTo(OutcomeReason.AUDIO_INCOMPLETE);
        assertThat(v.reason()).startsWith("capture is truncated after 1000 frames; 5000 ms of the 10000 ms");
    }

    @Test
    void zeroToleranceStillForgivesNothingMore() {
        Verdict v = OutputCheck.judge(List.of(stretch(0, 5_000)), at(20_000), CAPTURE, 4_999, null, CLOCK, Duration.ZERO);
        assertThat(v.code()).isEqualTo(OutcomeReason.OUTPUT_SHORT);
    }

    @Test
    void seededRandomSpansAreCompleteInsideTheCaptureAndNeverAvailableWhenMovedOutOfIt() {
        Random random = new Random(1818);
        for (int i = 0; i < 1000; i++) {
            List<Stretch> spans = new ArrayList<>();
            long held = 0;
            long from = random.nextInt(2_000);
            while (from < 18_000) {
                long to = Math.min(20_000, from + 1 + random.nextInt(4_000));
                spans.add(stretch(from, to));
                held += to - from;
                from = to + 1 + random.nextInt(3_000);
            }
            assertThat(judge(spans, at(20_000), CAPTURE, held).state()).isEqualTo(RecordingState.AVAILABLE);

            long away = (21_000 + random.nextInt(86_400_000)) * (random.nextBoolean() ? 1L : -1L);
            List<Stretch> moved = spans.stream().map(s -> new Stretch(s.start().plusMillis(away), s.end().plusMillis(away)))
                    .toList();
            Verdict v = judge(moved, at(20_000 + away), CAPTURE, 0);
            assertThat(v.state()).isEqualTo(RecordingState.FAILED);
            assertThat(v.code()).isEqualTo(OutcomeReason.SPANS_OUTSIDE_CAPTURE);
        }
    }
    @Test
    void aCaptureCutWhileTheCallWentOnIsPartialThoughItsOutputHoldsAllItCaptured() {
        // Answered in the capture, no BYE in it, last packet at 20 s; the xDR's disconnect is at 80 s.
        Capture cut = new Capture(stretch(0, 20_000), stretch(-20, 20_000), true);

        Verdict v = judge(null, at(80_000), cut, 20_000);

        assertThat(v.state()).isEqualTo(RecordingState.PARTIAL);
        assertThat(v.code()).isEqualTo(OutcomeReason.CAPTURE_ENDS_EARLY);
        assertThat(v.reason()).startsWith("the capture ends 60000 ms before the call's disconnect");
    }

    @Test
    void aMissingByeWithinFiveSecondsOfTheDisconnectIsNoCut() {
        Capture noBye = new Capture(stretch(0, 20_000), stretch(-20, 20_000), true);
        assertThat(judge(null, at(25_000), noBye, 20_000).state()).isEqualTo(RecordingState.AVAILABLE);
        assertThat(judge(null, at(25_001), noBye, 20_000).code()).isEqualTo(OutcomeReason.CAPTURE_ENDS_EARLY);
        assertThat(judge(null, null, noBye, 20_000).state()).as("no call record clock: nothing to compare")
                .isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    void aSpanToTheEndOfACallWhoseCaptureWasCutIsNotShortenedToTheCapture() {
        Capture cut = new Capture(stretch(0, 20_000), stretch(-20, 20_000), true);

        Verdict v = judge(List.of(stretch(5_000, 80_000)), at(80_000), cut, 15_000);

        assertThat(v.state()).isEqualTo(RecordingState.PARTIAL);
        assertThat(v.code()).isEqualTo(OutcomeReason.SPANS_OUTSIDE_CAPTURE);
        assertThat(v.reason()).startsWith("60000 ms of the 75000 ms recorded span");
    }
}
