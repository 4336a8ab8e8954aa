package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.G711Decoder;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.testing.G711Encoder;
import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.RtpPacketBuilder;
import io.callrec.media.timeline.LegCounters;
import io.callrec.media.timeline.LegTimeline;
import io.callrec.media.timeline.PcmTrack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wideband leg (a decoder at 16 kHz on an 8 kHz RTP clock, as G.722) makes the output 16 kHz;
 * the narrowband G.711 leg beside it is up-sampled by the sinc interpolator, the wideband leg is
 * copied sample for sample.
 */
class WidebandRenderTest {

    @TempDir
    Path dir;

    /** Stands in for G.722: 2 output samples per byte at 16 kHz, a ramp so placement is visible. */
    private static final class WidebandDecoder implements AudioDecoder {
        @Override
        public int sampleRate() {
            return 16000;
        }

        @Override
        public int maxSamples(int payloadLength) {
            return 2 * payloadLength;
        }

        @Override
        public int decode(byte[] payload, int offset, int length, short[] out, int outOffset) {
            for (int i = 0; i < 2 * length; i++) {
                out[outOffset + i] = (short) (payload[offset + i / 2] * 100 + (i & 1));
            }
            return 2 * length;
        }

        @Override
        public int conceal(short[] out, int outOffset, int samples) {
            java.util.Arrays.fill(out, outOffset, outOffset + samples, (short) 0);
            return samples;
        }
    }

    @Test
    void wideLegMakesTheOutput16KilohertzAndNarrowLegsAreInterpolated() throws Exception {
        List<LegTimeline> timelines = narrowAndWideLegs();
        LegTimeline narrow = timelines.get(0);
        LegTimeline wide = timelines.get(1);
        List<LegCounters> counters = new ArrayList<>(List.of(narrow.finish(), wide.finish()));
        List<LegPlan.Leg> legs = List.of(leg(new FlowKey().set(1, 2000, 2, 3000, -1), 8000),
                leg(new FlowKey().set(2, 3000, 1, 2000, -1), 16000));
        Path out = dir.resolve("wide.wav");
        ConversionResult r = Render.run(legs, List.of(narrow, wide), counters, out,
                new ConversionOptions(OutputFormat.WAV, Channels.STEREO), null, 0);
        WavFile wav = WavFile.read(out);
        assertThat(wav.sampleRate()).isEqualTo(16000);
        assertThat(r.sampleRate()).isEqualTo(16000);
        assertThat(r.durationMillis()).isEqualTo(2000);
        short[] right = wav.channel(1);
        for (int i = 0; i < 320; i++) {
            assertThat(right[320 * 50 + i]).isEqualTo((short) ((byte) (50 + i / 2) * 100 + (i & 1)));
        }
        short[] left = wav.channel(0);
        double err = 0;
        double sig = 0;
        for (int i = 1000; i < 31000; i++) {
            double ideal = 8000 * Math.sin(2 * Math.PI * 1000 * i / 16000.0);
            err += Math.pow(left[i] - ideal, 2);
            sig += ideal * ideal;
        }
        assertThat(10 * Math.log10(sig / err)).as("SNR of the up-sampled G.711 tone (µ-law noise included)")
                .isGreaterThan(30);
        assertThat(r.legs()).extracting(LegStatistics::durationMillis).containsExactly(2000L, 2000L);
    }

    @Test
    void wideLegMakesMp3OutputMpeg2At16Kilohertz() throws Exception {
        List<LegTimeline> timelines = narrowAndWideLegs();
        List<LegCounters> counters = new ArrayList<>(List.of(timelines.get(0).finish(), timelines.get(1).finish()));
        List<LegPlan.Leg> legs = List.of(leg(new FlowKey().set(1, 2000, 2, 3000, -1), 8000),
                leg(new FlowKey().set(2, 3000, 1, 2000, -1), 16000));
        Path out = dir.resolve("wide.mp3");
        ConversionResult r = Render.run(legs, timelines, counters, out,
                new ConversionOptions(OutputFormat.MP3, Channels.STEREO), null, 0);
        byte[] b = java.nio.file.Files.readAllBytes(out);
        int header = ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
        // ISO/IEC 13818-3 §2.4.2.3: sync, ID 2 = MPEG-2 (LSF), layer III; sampling_frequency 2 = 16 kHz.
        assertThat(header >>> 21).isEqualTo(0x7FF);
        assertThat((header >>> 19) & 3).isEqualTo(2);
        assertThat((header >>> 10) & 3).isEqualTo(2);
        assertThat(r.sampleRate()).isEqualTo(16000);
        assertThat(r.durationMillis()).isEqualTo(2000);
        assertThat(r.audioBytes()).isEqualTo(2L * 16000 * 2 * 2);
    }

    /** Two seconds of a 1 kHz µ-law tone on an 8 kHz leg beside a ramp on a 16 kHz leg. */
    private List<LegTimeline> narrowAndWideLegs() throws Exception {
        short[] scratch = new short[65536];
        long origin = 1_000_000_000L;
        LegTimeline narrow = new LegTimeline(origin, 8000, 8000, new PcmTrack(dir), scratch,
                pt -> pt == 0 ? G711Decoder.ulaw() : null);
        LegTimeline wide = new LegTimeline(origin, 8000, 16000, new PcmTrack(dir), scratch,
                pt -> pt == 9 ? new WidebandDecoder() : null);
        RtpHeader h = new RtpHeader();
        byte[] rtp = new byte[200];
        short[] tone = new short[160];
        byte[] wideBytes = new byte[160];
        for (int k = 0; k < 100; k++) {
            for (int i = 0; i < 160; i++) {
                tone[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * 1000 * (160 * k + i) / 8000.0));
                wideBytes[i] = (byte) (k + i);
            }
            int n = RtpPacketBuilder.build(0, false, k, 160L * k, 1, G711Encoder.ulaw(tone), 0, 160, rtp);
            h.parse(rtp, 0, n);
            narrow.accept(origin + k * 20_000_000L, h, rtp);
            n = RtpPacketBuilder.build(9, false, k, 160L * k, 2, wideBytes, 0, 160, rtp);
            h.parse(rtp, 0, n);
            wide.accept(origin + k * 20_000_000L, h, rtp);
        }
        return List.of(narrow, wide);
    }

    private static LegPlan.Leg leg(FlowKey direction, int trackRate) {
        return new LegPlan.Leg(direction, 0, true, io.callrec.media.call.Role.UNKNOWN, null,
                io.callrec.media.codec.PayloadMap.STATIC, 8000, trackRate);
    }
}
