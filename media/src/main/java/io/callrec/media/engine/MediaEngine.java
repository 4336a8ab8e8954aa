package io.callrec.media.engine;

import io.callrec.media.capture.CaptureFormatException;
import io.callrec.media.engine.MediaException.Reason;
import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.LegTimeline;
import io.callrec.media.timeline.TimestampStalls;
import io.callrec.media.rtp.FlowKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Capture file to WAV or MP3. Two streaming passes over the capture (detect streams, then decode into
 * per-leg tracks) and one merge pass into the output; memory stays bounded for any call length
 * (at most {@link LegPlan#MAX_LEGS} legs of constant-size buffers; audio goes through temporary
 * files; with on-demand spans only the audio captured inside them ever reaches those files, and a
 * statistics-only pass writes none). Silence is bounded by the capture: a timestamp that runs more than 10 s away from the
 * capture clock re-anchors, so the output is at most the capture's span plus that. A truncated
 * capture gives the audio up to its last whole packet, flagged {@link ConversionResult#partial()}.
 * Instances hold no state between calls and may be shared.
 */
public final class MediaEngine {

    /**
     * The timeline origin sits this far before the earliest first packet, so that packets which
     * arrive after their successors still land at a non-negative position; the lead is trimmed
     * again when mixing, so output starts at the earliest audio sample.
     */
    private static final long LEAD_NANOS = 1_000_000_000L;

    public MediaEngine() {
    }

    public ConversionResult convert(Path capture, Path output, ConversionOptions options) throws MediaException {
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(output, "output");
        ConversionOptions opts = options == null ? ConversionOptions.defaults() : options;
        boolean done = false;
        boolean outputExisted = Files.exists(output);
        try {
            ConversionResult result = typed(() -> convertChecked(capture, output, opts));
            done = true;
            return result;
        } finally {
            if (!done && !outputExisted) {
                deleteQuietly(output);
            }
        }
    }

    /**
     * Statistics only (legs, loss, jitter, DTMF...), without writing audio: also for captures
     * whose codec has no decoder here. Same typed failures as {@link #convert} otherwise.
     */
    public ConversionResult analyse(Path capture) throws MediaException {
        Objects.requireNonNull(capture, "capture");
        return typed(() -> run(capture, null, ConversionOptions.defaults()));
    }

    /** One pass of the engine, whatever it throws turned into a typed {@link MediaException}. */
    private interface Pass {
        ConversionResult run() throws IOException, MediaException;
    }

    private static ConversionResult typed(Pass pass) throws MediaException {
        try {
            return pass.run();
        } catch (CaptureFormatException e) {
            throw new MediaException(e.truncated() ? Reason.TRUNCATED : Reason.NOT_A_CAPTURE, e.getMessage(), e);
        } catch (IOException e) {
            throw new MediaException(Reason.IO_ERROR, "I/O error: " + e, e);
        } catch (java.io.UncheckedIOException e) {
            throw new MediaException(Reason.IO_ERROR, "I/O error: " + e.getCause(), e);
        } catch (RuntimeException e) {
            // Last resort: a decoder bug on hostile input must still surface as a typed failure.
            throw new MediaException(Reason.NOT_A_CAPTURE, "capture could not be decoded: " + e, e);
        }
    }

    private ConversionResult convertChecked(Path capture, Path output, ConversionOptions opts)
            throws IOException, MediaException {
        if (Files.exists(output) && Files.isSameFile(capture, output)) {
            throw new MediaException(Reason.IO_ERROR, "output file is the input capture: " + output);
        }
        return run(capture, output, opts);
    }

    /** Both passes, then the render pass when {@code output} is not null. */
    private ConversionResult run(Path capture, Path output, ConversionOptions opts) throws IOException, MediaException {
        StreamScan.Result scan = StreamScan.run(capture);
        if (scan.streams().isEmpty()) {
            if (scan.truncated() && scan.frames() == 0) {
                throw new MediaException(Reason.TRUNCATED, "capture is truncated before its first packet");
            }
            throw new MediaException(Reason.NO_RTP_STREAMS, "no RTP streams found");
        }
        CallSelection calls = CallSelection.choose(scan.streams(), scan.signalling(), opts);
        LegPlan plan = new LegPlan(calls.streams(), calls.assignments(), scan.opusGuess());
        Path directory = output == null ? Path.of(System.getProperty("java.io.tmpdir"))
                : output.toAbsolutePath().getParent();
        long[][] keep = output == null ? new long[0][] : KeptSpans.nanos(opts.spans());
        Map<FlowKey, TimestampStalls> stalls = new HashMap<>();
        calls.streams().forEach((key, info) -> {
            TimestampStalls found = scan.stalls().get(info);
            if (found != null) {
                stalls.put(key, found);
            }
        });
        try (LegAssembly assembly = new LegAssembly(plan, plan.origin() - LEAD_NANOS, directory, keep, stalls)) {
            assembly.run(capture);
            List<LegCounters> counters = new ArrayList<>();
            boolean audio = false;
            boolean tones = false;
            for (LegTimeline t : assembly.timelines()) {
                LegCounters c = t.finish();
                counters.add(c);
                audio |= c.audioPackets() > 0;
                tones |= !c.events().tones(8000).isEmpty();
            }
            boolean undecodable = counters.stream().anyMatch(c -> c.unsupported() > 0);
            if (output != null && !audio && (undecodable || !tones)) {
                throw new MediaException(Reason.UNSUPPORTED_CODEC,
                        "no decodable audio in the RTP streams: " + plan.payloadSummary());
            }
            String partial = partialReason(scan, assembly, plan);
            long ignored = plan.ignoredLegs() + scan.ignoredStreams();
            ConversionResult r = Render.run(plan.legs(), assembly.timelines(), counters, output, opts, partial, ignored,
                    plan.origin() - LEAD_NANOS);
            return r.withCalls(output == null ? calls.calls() : KeptSpans.withoutStoppedDigits(calls.calls(), keep),
                    calls.sip(), ClockAnchor.of(calls.dialog(), counters));
        }
    }

    private static String partialReason(StreamScan.Result scan, LegAssembly assembly, LegPlan plan) {
        List<String> reasons = new ArrayList<>();
        if (scan.truncated() || assembly.truncated()) {
            reasons.add("capture is truncated after " + scan.frames() + " frames; audio ends at the last whole packet");
        }
        if (plan.ignoredLegs() > 0 || scan.ignoredStreams() > 0) {
            reasons.add("more RTP streams than the limits (" + LegPlan.MAX_LEGS + " legs, "
                    + io.callrec.media.rtp.RtpStreamDetector.MAX_STREAMS + " streams): "
                    + plan.ignoredLegs() + " legs and " + scan.ignoredStreams() + " streams ignored");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    private static void deleteQuietly(Path output) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // The conversion already failed; a leftover partial file is the lesser problem.
        }
    }
}
