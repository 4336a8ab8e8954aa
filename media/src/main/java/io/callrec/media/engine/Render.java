package io.callrec.media.engine;

import io.callrec.media.call.CallParty;
import io.callrec.media.mix.PcmMixer;
import io.callrec.media.mix.SampleSink;
import io.callrec.media.mix.SampleSource;
import io.callrec.media.mp3.Mp3Settings;
import io.callrec.media.mp3.Mp3Writer;
import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.LegTimeline;
import io.callrec.media.wav.WavEncoding;
import io.callrec.media.wav.WavWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The merge pass: lays every leg out on the output clock (rate conversion, drift correction),
 * trims to the first media sample, mixes and writes the WAV or MP3, and builds the statistics.
 * The output rate is 8 kHz, or 16 kHz for PCM WAV and MP3 output when a leg is wideband (G.711 WAV
 * is 8 kHz). Stereo puts the caller left and the callee right by SIP role, else by first packet.
 */
final class Render {

    static final int NARROWBAND = 8000;
    static final int WIDEBAND = 16000;

    private Render() {
    }

    static ConversionResult run(List<LegPlan.Leg> legs, List<LegTimeline> timelines, List<LegCounters> counters, Path output,
                                ConversionOptions opts, String partial, long ignored) throws IOException {
        return run(legs, timelines, counters, output, opts, partial, ignored, 0);
    }

    /**
     * {@code originNanos}: capture-clock time (epoch nanoseconds) of timeline position 0, which places
     * the options' spans and prompts; the result's {@link ConversionResult#originEpochNanos()} is the
     * time of the first mixed frame (before any span cut).
     */
    static ConversionResult run(List<LegPlan.Leg> legs, List<LegTimeline> timelines, List<LegCounters> counters, Path output,
                                ConversionOptions opts, String partial, long ignored, long originNanos)
            throws IOException {
        boolean wideband = false;
        int audioLegs = 0;
        for (int i = 0; i < timelines.size(); i++) {
            boolean audio = counters.get(i).audioPackets() > 0;
            wideband |= audio && timelines.get(i).trackRate() > NARROWBAND;
            audioLegs += audio ? 1 : 0;
        }
        boolean pcm = opts.format() == OutputFormat.WAV || opts.format() == OutputFormat.MP3;
        int outRate = wideband && pcm ? WIDEBAND : NARROWBAND;
        List<LegLayout> layouts = new ArrayList<>();
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (int i = 0; i < timelines.size(); i++) {
            LegTimeline t = timelines.get(i);
            // With spans the cut is placed on the capture clock (as the tracks' gates are), so even a
            // single leg keeps to it: a drifting RTP clock would otherwise shift the cut.
            LegLayout layout = new LegLayout(counters.get(i), t.clockRate(), t.trackRate(), outRate,
                    audioLegs > 1 || opts.spans() != null);
            layouts.add(layout);
            if (layout.hasMedia()) {
                start = Math.min(start, layout.outputStart());
                end = Math.max(end, layout.outputEnd());
            }
        }
        if (start == Long.MAX_VALUE) {
            start = 0;
            end = 0;
        }
        long total = end - start;
        int channelCount = opts.channels() == Channels.STEREO ? 2 : 1;
        long firstFrameNanos = originNanos + Math.floorDiv(start * 1_000_000_000L, outRate);
        CutMap cut = opts.spans() == null && opts.prompts().isEmpty() ? null
                : new CutMap(opts.spans(), outRate, firstFrameNanos, total);
        List<LegStatistics> stats = new ArrayList<>();
        for (int i = 0; i < timelines.size(); i++) {
            stats.add(Statistics.of(legs.get(i), counters.get(i), layouts.get(i),
                    timelines.get(i).trackRate(), start, outRate, cut));
        }
        if (output == null) {
            return new ConversionResult(total * 1000 / outRate, outRate, channelCount, 0, stats, partial, ignored)
                    .withOrigin(firstFrameNanos);
        }
        List<SampleSource> sources = new ArrayList<>();
        List<CallParty> roles = new ArrayList<>();
        for (int i = 0; i < timelines.size(); i++) {
            if (counters.get(i).audioPackets() > 0) {
                sources.add(layouts.get(i).source(timelines.get(i).track(), start));
                roles.add(legs.get(i).role());
            }
        }
        if (opts.format() == OutputFormat.MP3) {
            Mp3Settings settings = Mp3Settings.defaults(outRate, channelCount);
            if (opts.mp3Kbps() > 0) {
                settings = settings.withBitrate(opts.mp3Kbps());
            }
            if (opts.mp3Quality() >= 0) {
                settings = settings.withQuality(opts.mp3Quality());
            }
            try (Mp3Writer mp3 = new Mp3Writer(output, settings)) {
                long frames = mix(sources, roles, total, channelCount, cut(mp3, cut, opts, outRate, channelCount,
                        firstFrameNanos));
                mp3.close();
                return new ConversionResult(frames * 1000 / outRate, outRate, channelCount, frames * channelCount * 2,
                        stats, partial, ignored).withOrigin(firstFrameNanos);
            }
        }
        try (WavWriter wav = new WavWriter(output, outRate, channelCount, encoding(opts.format()))) {
            long frames = mix(sources, roles, total, channelCount, cut(wav, cut, opts, outRate, channelCount,
                    firstFrameNanos));
            wav.close();
            return new ConversionResult(frames * 1000 / outRate, outRate, channelCount, wav.dataBytes(), stats,
                    partial, ignored).withOrigin(firstFrameNanos);
        }
    }

    /** The sink itself, or a {@link SpanCut} in front of it when the options ask for spans or prompts. */
    private static SampleSink cut(SampleSink sink, CutMap map, ConversionOptions opts, int rate, int channels,
                                  long firstFrameNanos) {
        return map == null ? sink : new SpanCut(sink, channels, rate, firstFrameNanos, map, opts.prompts());
    }

    /** Stereo: caller left, callee right by SIP role ({@link StereoRoles}), else by first packet. */
    /** Returns the frames that reached the file (fewer than {@code total} behind a {@link SpanCut}). */
    private static long mix(List<SampleSource> sources, List<CallParty> roles, long total, int channels, SampleSink sink)
            throws IOException {
        PcmMixer mixer = new PcmMixer();
        if (channels == 2) {
            int[] lr = StereoRoles.leftRight(roles);
            mixer.stereo(lr[0] < 0 ? null : sources.get(lr[0]), lr[1] < 0 ? null : sources.get(lr[1]), total, sink);
        } else {
            mixer.mono(sources, total, sink);
        }
        return sink instanceof SpanCut c ? c.outputFrames() : total;
    }

    private static WavEncoding encoding(OutputFormat format) {
        return switch (format) {
            case WAV_ALAW -> WavEncoding.ALAW;
            case WAV_ULAW -> WavEncoding.ULAW;
            default -> WavEncoding.PCM_16;
        };
    }
}
