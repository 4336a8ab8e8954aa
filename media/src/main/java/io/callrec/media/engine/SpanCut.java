package io.callrec.media.engine;

import io.callrec.media.dsp.PolyphaseResampler;
import io.callrec.media.mix.Saturation;
import io.callrec.media.mix.SampleSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * On-demand recording at the mixer's output: a sink filter that passes only the frames inside the
 * recorded spans (concatenated in order) and mixes the prompts in, so stopped audio never reaches
 * a file. Which frames are kept is the {@link CutMap}'s business.
 * A prompt at (or inside) a span begins at that instant's output frame; one at a span's end, or
 * between spans, ends at the last frame of the span before it.
 */
final class SpanCut implements SampleSink {

    private final SampleSink out;
    private final int channels;
    private final long[] from;
    private final long[] to;
    private final long outputFrames;
    private final List<long[]> placements = new ArrayList<>();
    private final List<short[]> pcm = new ArrayList<>();
    private short[] buffer = new short[0];
    private long inPosition;
    private long outPosition;
    private int span;

    SpanCut(SampleSink out, int channels, int rate, long originNanos, CutMap map, List<MixedPrompt> prompts) {
        this.out = out;
        this.channels = channels;
        this.from = map.from;
        this.to = map.to;
        this.outputFrames = map.outputFrames;
        for (MixedPrompt p : prompts) {
            short[] samples = atRate(p.pcm8k(), rate);
            long position = place(CutMap.frame(p.at(), originNanos, rate), samples.length, map.outStart);
            if (position != Long.MIN_VALUE && samples.length > 0) {
                placements.add(new long[] {position, position + samples.length});
                pcm.add(samples);
            }
        }
    }

    /** Frames the output will hold. */
    long outputFrames() {
        return outputFrames;
    }

    /** Output frame where a prompt of {@code length} frames at mix frame {@code f} begins; MIN_VALUE = nowhere. */
    private long place(long f, int length, long[] outStart) {
        if (from.length == 0) {
            return Long.MIN_VALUE;
        }
        for (int i = 0; i < from.length; i++) {
            if (f < from[i]) {
                return i == 0 ? outStart[0] : outStart[i - 1] + (to[i - 1] - from[i - 1]) - length;
            }
            if (f < to[i]) {
                return outStart[i] + (f - from[i]);
            }
        }
        return outputFrames - length;
    }

    /** The prompt at the output rate: 8 kHz as is, else through the polyphase resampler, delay removed. */
    static short[] atRate(short[] pcm8k, int rate) {
        if (rate == MixedPrompt.RATE) {
            return pcm8k;
        }
        PolyphaseResampler r = new PolyphaseResampler(MixedPrompt.RATE, rate);
        int delay = r.delayOutputSamples();
        int tail = (delay * MixedPrompt.RATE + rate - 1) / rate + 1;
        short[] in = java.util.Arrays.copyOf(pcm8k, pcm8k.length + tail);
        short[] resampled = new short[r.maxOutput(in.length)];
        int n = r.process(in, 0, in.length, resampled, 0);
        int length = (int) ((long) pcm8k.length * rate / MixedPrompt.RATE);
        short[] result = new short[length];
        System.arraycopy(resampled, delay, result, 0, Math.max(0, Math.min(length, n - delay)));
        return result;
    }

    @Override
    public void write(short[] interleaved, int offset, int samples) throws IOException {
        int frames = samples / channels;
        int done = 0;
        while (done < frames && span < from.length) {
            if (inPosition >= to[span]) {
                span++;
                continue;
            }
            int skip = (int) Math.max(0, Math.min(frames - done, from[span] - inPosition));
            done += skip;
            inPosition += skip;
            int take = (int) Math.min(frames - done, to[span] - inPosition);
            if (take > 0) {
                emit(interleaved, offset + done * channels, take);
                done += take;
                inPosition += take;
            }
        }
        inPosition += frames - done;
    }

    private void emit(short[] interleaved, int offset, int frames) throws IOException {
        int samples = frames * channels;
        if (buffer.length < samples) {
            buffer = new short[samples];
        }
        System.arraycopy(interleaved, offset, buffer, 0, samples);
        for (int p = 0; p < placements.size(); p++) {
            long[] at = placements.get(p);
            short[] prompt = pcm.get(p);
            long a = Math.max(outPosition, at[0]);
            long b = Math.min(outPosition + frames, at[1]);
            for (long f = a; f < b; f++) {
                int base = (int) (f - outPosition) * channels;
                int value = prompt[(int) (f - at[0])];
                for (int c = 0; c < channels; c++) {
                    buffer[base + c] = Saturation.clip(buffer[base + c] + value);
                }
            }
        }
        out.write(buffer, 0, samples);
        outPosition += frames;
    }
}
