package io.callrec.media.codec.g7231;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Frame-erasure concealment (G.723.1 §3.10): lost or invalid frames are repeated, attenuated, muted. */
class G7231ConcealmentTest {

    private static final int FRAME = G7231Decoder.FRAME_SAMPLES;

    private static int maxStep(short[] pcm, int from, int to) {
        int max = 0;
        for (int i = Math.max(1, from); i < to; i++) {
            max = Math.max(max, Math.abs(pcm[i] - pcm[i - 1]));
        }
        return max;
    }

    @Test
    void lostFramesAfterSpeechAreConcealedCountedAndFadeOut() throws IOException {
        byte[] speech = G7231ReferenceFixtureTest.resource("speech-6k3.tco");
        G7231Decoder decoder = new G7231Decoder();
        int good = 15; // the fixture is loud in frames 12-16: the loss hits voiced speech
        short[] pcm = new short[(good + 6) * FRAME];
        for (int f = 0; f < good; f++) {
            decoder.decode(speech, f * 24, 24, pcm, f * FRAME);
        }
        assertThat(decoder.conceal(pcm, good * FRAME, 6 * FRAME)).isEqualTo(6 * FRAME);

        assertThat(decoder.concealedFrames()).isEqualTo(6);
        assertThat(decoder.highRateFrames()).isEqualTo(good);
        double speechRms = PcmCompare.rms(pcm, (good - 3) * FRAME, good * FRAME);
        double firstLost = PcmCompare.rms(pcm, good * FRAME, (good + 1) * FRAME);
        double lastLost = PcmCompare.rms(pcm, (good + 5) * FRAME, (good + 6) * FRAME);
        System.out.printf("G.723.1 concealment RMS: speech %.0f, 1st lost frame %.0f, 6th lost frame %.0f%n",
            speechRms, firstLost, lastLost);
        assertThat(firstLost).isGreaterThan(speechRms / 10); // the first lost frame is bridged, not silenced
        assertThat(lastLost).isLessThan(speechRms / 100); // muted after three erasures
        // no click: the concealed audio makes no larger steps than the speech before it
        assertThat(maxStep(pcm, good * FRAME - 1, (good + 6) * FRAME))
            .isLessThanOrEqualTo(maxStep(pcm, 0, good * FRAME));
    }

    @Test
    void speechResumesAfterConcealment() throws IOException {
        byte[] speech = G7231ReferenceFixtureTest.resource("speech-6k3.tco");
        G7231Decoder decoder = new G7231Decoder();
        short[] pcm = new short[20 * FRAME];
        for (int f = 0; f < 20; f++) {
            if (f == 8 || f == 9) {
                decoder.conceal(pcm, f * FRAME, FRAME);
            } else {
                decoder.decode(speech, f * 24, 24, pcm, f * FRAME);
            }
        }
        assertThat(decoder.concealedFrames()).isEqualTo(2);
        assertThat(decoder.highRateFrames()).isEqualTo(18);
        assertThat(PcmCompare.rms(pcm, 12 * FRAME, 20 * FRAME)).isGreaterThan(100.0);
    }

    @Test
    void frameWithForbiddenPitchCodeIsConcealedAndCountedAsError() throws IOException {
        byte[] speech = G7231ReferenceFixtureTest.resource("speech-6k3.tco").clone();
        // pitch lag 0 occupies bits 26..32: set it to 127, a forbidden code
        int frame = 5 * 24;
        speech[frame + 3] |= (byte) 0xFC;
        speech[frame + 4] |= 0x01;
        G7231Decoder decoder = new G7231Decoder();
        short[] decoded = PcmCompare.decodeStream(decoder, java.util.Arrays.copyOf(speech, 8 * 24));
        assertThat(decoded).hasSize(8 * FRAME);
        assertThat(decoder.errors()).isEqualTo(1);
        assertThat(decoder.concealedFrames()).isEqualTo(1);
        assertThat(decoder.highRateFrames()).isEqualTo(7);
    }

    @Test
    void partialFrameConcealmentFillsExactlyTheRequestedSamples() {
        G7231Decoder decoder = new G7231Decoder();
        short[] out = new short[400];
        java.util.Arrays.fill(out, (short) 12345);
        assertThat(decoder.conceal(out, 0, 300)).isEqualTo(300);
        assertThat(out[299]).isNotEqualTo((short) 12345);
        assertThat(out[300]).isEqualTo((short) 12345);
        assertThat(decoder.concealedFrames()).isEqualTo(2);
    }
}
