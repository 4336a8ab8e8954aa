package io.callrec.media.engine;

import io.callrec.media.capture.CaptureFormatException;
import io.callrec.media.call.Role;
import io.callrec.media.engine.MediaException.Reason;
import io.callrec.media.mix.PcmMixer;
import io.callrec.media.mix.SampleSink;
import io.callrec.media.mix.SampleSource;
import io.callrec.media.mp3.Mp3Writer;
import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.LegTimeline;
import io.callrec.media.wav.WavWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Capture file to WAV or MP3. Two streaming passes over the capture (detect streams, then decode into
 * per-leg tracks) and one merge pass into the output; memory stays bounded for any call length.
 * Instances hold no state between calls and may be shared.
 */
public final class MediaEngine {

    static final int SAMPLE_RATE = 8000;
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
            ConversionResult result = convertChecked(capture, output, opts);
            done = true;
            return result;
        } catch (CaptureFormatException e) {
            throw new MediaException(e.truncated() ? Reason.TRUNCATED : Reason.NOT_A_CAPTURE, e.getMessage(), e);
        } catch (IOException e) {
            throw new MediaException(Reason.IO_ERROR, "I/O error: " + e, e);
        } catch (java.io.UncheckedIOException e) {
            throw new MediaException(Reason.IO_ERROR, "I/O error: " + e.getCause(), e);
        } catch (RuntimeException e) {
            // Last resort: a decoder bug on hostile input must still surface as a typed failure.
            throw new MediaException(Reason.NOT_A_CAPTURE, "capture could not be decoded: " + e, e);
        } finally {
            if (!done && !outputExisted) {
                deleteQuietly(output);
            }
        }
    }

    private ConversionResult convertChecked(Path capture, Path output, ConversionOptions opts)
            throws IOException, MediaException {
        if (Files.exists(output) && Files.isSameFile(capture, output)) {
            throw new MediaException(Reason.IO_ERROR, "output file is the input capture: " + output);
        }
        StreamScan.Result scan = StreamScan.run(capture);
        if (scan.streams().isEmpty()) {
            if (scan.truncated() && scan.frames() == 0) {
                throw new MediaException(Reason.TRUNCATED, "capture is truncated before its first packet");
            }
            throw new MediaException(Reason.NO_RTP_STREAMS, "no RTP streams found");
        }
        CallSelection calls = CallSelection.choose(scan.streams(), scan.signalling(), opts);
        LegPlan plan = new LegPlan(calls.streams(), calls.assignments());
        OptionalLong origin = plan.audioOrigin();
        if (origin.isEmpty()) {
            throw new MediaException(Reason.UNSUPPORTED_CODEC,
                    "no supported audio codec in the RTP streams: " + plan.payloadSummary());
        }
        Path directory = output.toAbsolutePath().getParent();
        try (LegAssembly assembly = new LegAssembly(plan, origin.getAsLong() - LEAD_NANOS, SAMPLE_RATE, directory)) {
            assembly.run(capture);
            List<LegTimeline> audio = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            List<LegStatistics> stats = new ArrayList<>();
            for (int i = 0; i < plan.legs().size(); i++) {
                LegTimeline t = assembly.timelines().get(i);
                LegCounters c = t.finish();
                stats.add(Statistics.of(plan.legs().get(i), c, SAMPLE_RATE));
                if (c.audioPackets() > 0) {
                    audio.add(t);
                    roles.add(plan.legs().get(i).role());
                }
            }
            if (audio.isEmpty()) {
                throw new MediaException(Reason.UNSUPPORTED_CODEC,
                        "no decodable audio in the RTP streams: " + plan.payloadSummary());
            }
            ConversionResult r = render(audio, roles, stats, output, opts);
            return new ConversionResult(r.durationMillis(), r.sampleRate(), r.channels(), r.audioBytes(), r.legs(),
                    calls.calls(), calls.sip());
        }
    }

    private static ConversionResult render(List<LegTimeline> audio, List<Role> roles, List<LegStatistics> stats,
                                           Path output, ConversionOptions opts) throws IOException {
        long start = Long.MAX_VALUE;
        long end = 0;
        for (LegTimeline t : audio) {
            start = Math.min(start, t.counters().firstSample());
            end = Math.max(end, t.track().length());
        }
        List<SampleSource> sources = new ArrayList<>();
        for (LegTimeline t : audio) {
            sources.add(t.track().finish(start));
        }
        long total = end - start;
        int channelCount = opts.channels() == Channels.STEREO ? 2 : 1;
        if (opts.format() == OutputFormat.MP3) {
            try (Mp3Writer mp3 = new Mp3Writer(output, SAMPLE_RATE, channelCount)) {
                mix(sources, roles, total, channelCount, mp3);
                mp3.close();
            }
        } else {
            try (WavWriter wav = new WavWriter(output, SAMPLE_RATE, channelCount)) {
                mix(sources, roles, total, channelCount, wav);
                wav.close();
            }
        }
        return new ConversionResult(total * 1000 / SAMPLE_RATE, SAMPLE_RATE, channelCount,
                total * channelCount * 2, stats);
    }

    /** Stereo puts the caller left and the callee right (by SIP role when known, else by first packet). */
    private static void mix(List<SampleSource> sources, List<Role> roles, long total, int channelCount,
                            SampleSink sink) throws IOException {
        PcmMixer mixer = new PcmMixer();
        if (channelCount == 2) {
            int[] lr = StereoRoles.leftRight(roles);
            mixer.stereo(lr[0] < 0 ? null : sources.get(lr[0]), lr[1] < 0 ? null : sources.get(lr[1]), total, sink);
        } else {
            mixer.mono(sources, total, sink);
        }
    }

    private static void deleteQuietly(Path output) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // The conversion already failed; a leftover partial file is the lesser problem.
        }
    }
}
