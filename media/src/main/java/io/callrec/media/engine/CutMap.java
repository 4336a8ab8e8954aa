package io.callrec.media.engine;

import io.callrec.media.timeline.SpanGate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the frames of the full mix land in an on-demand recording: the recorded spans as mix-frame
 * ranges (clipped to the mix, merged when they overlap), concatenated in order. Output frame
 * {@code n} of the full mix sits at {@code originNanos + n / rate} on the capture clock. Shared by
 * the cut itself ({@link SpanCut}) and the statistics, so DTMF and durations are reported on the
 * timeline the listener hears.
 */
final class CutMap {

    final long[] from;
    final long[] to;
    final long[] outStart;
    final long outputFrames;

    /** {@code spans} null = the whole mix of {@code totalFrames}. */
    CutMap(List<TimeSpan> spans, int rate, long originNanos, long totalFrames) {
        List<long[]> ranges = new ArrayList<>();
        if (spans == null) {
            ranges.add(new long[] {0, totalFrames});
        } else {
            for (TimeSpan s : spans.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList()) {
                long a = Math.max(0, frame(s.start(), originNanos, rate));
                long b = Math.min(totalFrames, frame(s.end(), originNanos, rate));
                if (b <= a) {
                    continue;
                }
                long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (last != null && a <= last[1]) {
                    last[1] = Math.max(last[1], b);
                } else {
                    ranges.add(new long[] {a, b});
                }
            }
        }
        from = new long[ranges.size()];
        to = new long[ranges.size()];
        outStart = new long[ranges.size()];
        long length = 0;
        for (int i = 0; i < ranges.size(); i++) {
            from[i] = ranges.get(i)[0];
            to[i] = ranges.get(i)[1];
            outStart[i] = length;
            length += to[i] - from[i];
        }
        outputFrames = length;
    }

    /** Mix frame {@code f} in the recording, or -1 when it lies outside every span. */
    long toOutput(long f) {
        for (int i = 0; i < from.length; i++) {
            if (f >= from[i] && f < to[i]) {
                return outStart[i] + f - from[i];
            }
        }
        return -1;
    }

    /** Frames of the mix range {@code [a, b)} that are in the recording. */
    long kept(long a, long b) {
        long n = 0;
        for (int i = 0; i < from.length; i++) {
            n += Math.max(0, Math.min(b, to[i]) - Math.max(a, from[i]));
        }
        return n;
    }

    static long frame(Instant t, long originNanos, int rate) {
        return SpanGate.position(KeptSpans.nanos(t), originNanos, rate);
    }
}
