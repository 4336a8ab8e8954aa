package io.callrec.media.codec.g7231;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Annex A comfort noise: SID frames set level and spectrum, untransmitted frames continue it. */
class G7231ComfortNoiseTest {

    private static final int FRAME = G7231Decoder.FRAME_SAMPLES;

    /** Decodes one SID then {@code untransmitted} untransmitted frames; returns the PCM. */
    private static short[] sidThenUntransmitted(G7231Decoder decoder, int gainIndex, int untransmitted) {
        short[] out = new short[FRAME * (1 + untransmitted)];
        byte[] sid = G7231FrameWriter.sid(20, 40, 60, gainIndex);
        decoder.decode(sid, 0, sid.length, out, 0);
        byte[] none = G7231FrameWriter.untransmitted();
        for (int i = 0; i < untransmitted; i++) {
            decoder.decode(none, 0, 1, out, FRAME * (1 + i));
        }
        return out;
    }

    @Test
    void sidFrameProducesComfortNoiseOfPlausibleLevel() {
        G7231Decoder decoder = new G7231Decoder();
        short[] pcm = sidThenUntransmitted(decoder, 30, 20);
        // after the smoothing of the first frames the level is steady background noise:
        // audible but far below speech (RMS tens to a few thousand, no clipping)
        double rms = PcmCompare.rms(pcm, 5 * FRAME, pcm.length);
        assertThat(rms).isBetween(20.0, 4000.0);
        for (short s : pcm) {
            assertThat(Math.abs(s)).isLessThan(32000);
        }
        assertThat(decoder.sidFrames()).isEqualTo(1);
        assertThat(decoder.untransmittedFrames()).isEqualTo(20);
        assertThat(decoder.errors()).isZero();
    }

    @Test
    void higherSidGainGivesLouderNoise() {
        double quiet = PcmCompare.rms(sidThenUntransmitted(new G7231Decoder(), 10, 20), 5 * FRAME, 21 * FRAME);
        double middle = PcmCompare.rms(sidThenUntransmitted(new G7231Decoder(), 30, 20), 5 * FRAME, 21 * FRAME);
        double loud = PcmCompare.rms(sidThenUntransmitted(new G7231Decoder(), 50, 20), 5 * FRAME, 21 * FRAME);
        System.out.printf("G.723.1 CNG RMS for SID gain 10/30/50: %.0f / %.0f / %.0f%n", quiet, middle, loud);
        assertThat(quiet).isPositive();
        assertThat(middle).isGreaterThan(quiet * 2);
        assertThat(loud).isGreaterThan(middle * 2);
    }

    @Test
    void comfortNoiseIsContinuousThroughUntransmittedFrames() {
        short[] pcm = sidThenUntransmitted(new G7231Decoder(), 30, 40);
        double overall = PcmCompare.rms(pcm, 5 * FRAME, pcm.length);
        int maxInside = 0;
        int maxBoundary = 0;
        for (int f = 5; f < 41; f++) {
            double frameRms = PcmCompare.rms(pcm, f * FRAME, (f + 1) * FRAME);
            // no dropout and no burst: every frame within 6 dB of the long-term level
            assertThat(frameRms).as("frame %d", f).isBetween(overall / 2, overall * 2);
            for (int i = f * FRAME + 1; i < (f + 1) * FRAME; i++) {
                maxInside = Math.max(maxInside, Math.abs(pcm[i] - pcm[i - 1]));
            }
            maxBoundary = Math.max(maxBoundary, Math.abs(pcm[f * FRAME] - pcm[f * FRAME - 1]));
        }
        // frame joins are no larger steps than the noise makes inside frames (no clicks)
        assertThat(maxBoundary).isLessThanOrEqualTo(maxInside);
    }

    @Test
    void lostFramesDuringComfortNoiseContinueTheNoise() {
        G7231Decoder decoder = new G7231Decoder();
        short[] before = sidThenUntransmitted(decoder, 30, 10);
        short[] lost = new short[10 * FRAME];
        assertThat(decoder.conceal(lost, 0, lost.length)).isEqualTo(lost.length);
        double level = PcmCompare.rms(before, 5 * FRAME, before.length);
        assertThat(PcmCompare.rms(lost, 0, lost.length)).isBetween(level / 2, level * 2);
        assertThat(decoder.concealedFrames()).isEqualTo(10);
    }
}
