package io.callrec.media.codec.g7231;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Untrusted payloads: nothing throws, every bad frame is counted and concealed. */
class G7231RobustnessTest {

    private static final int FRAME = G7231Decoder.FRAME_SAMPLES;

    @Test
    void randomPayloadsNeverThrowAndStayWithinMaxSamples() {
        Random random = new Random(7231);
        G7231Decoder decoder = new G7231Decoder();
        short[] out = new short[decoder.maxSamples(200)];
        long samples = 0;
        for (int i = 0; i < 4_000; i++) {
            byte[] payload = new byte[random.nextInt(200)];
            random.nextBytes(payload);
            int n = decoder.decode(payload, 0, payload.length, out, 0);
            assertThat(n).isPositive().isLessThanOrEqualTo(decoder.maxSamples(payload.length));
            assertThat(n % FRAME).isZero();
            samples += n;
        }
        long frames = decoder.highRateFrames() + decoder.lowRateFrames() + decoder.sidFrames()
            + decoder.untransmittedFrames() + decoder.concealedFrames();
        assertThat(frames * FRAME).isEqualTo(samples);
        assertThat(decoder.errors()).isPositive();
        assertThat(decoder.concealedFrames()).isGreaterThanOrEqualTo(decoder.errors());
    }

    @Test
    void emptyPayloadIsConcealedAndCounted() {
        G7231Decoder decoder = new G7231Decoder();
        short[] out = new short[FRAME];
        assertThat(decoder.decode(new byte[0], 0, 0, out, 0)).isEqualTo(FRAME);
        assertThat(decoder.decode(null, 0, 5, out, 0)).isEqualTo(FRAME);
        assertThat(decoder.decode(new byte[4], 2, 10, out, 0)).isEqualTo(FRAME);
        assertThat(decoder.errors()).isEqualTo(3);
        assertThat(decoder.concealedFrames()).isEqualTo(3);
    }

    @Test
    void truncatedFrameIsConcealedAndCounted() throws IOException {
        byte[] speech = G7231ReferenceFixtureTest.resource("speech-6k3.tco");
        G7231Decoder decoder = new G7231Decoder();
        short[] out = new short[2 * FRAME];
        // a 6.3 frame and the first 23 bytes of the next one
        assertThat(decoder.decode(speech, 0, 47, out, 0)).isEqualTo(2 * FRAME);
        assertThat(decoder.highRateFrames()).isEqualTo(1);
        assertThat(decoder.errors()).isEqualTo(1);
        assertThat(decoder.concealedFrames()).isEqualTo(1);
    }

    @Test
    void severalFramesInOnePayloadDecodeLikeSeparateFrames() throws IOException {
        byte[] speech = G7231ReferenceFixtureTest.resource("speech-6k3.tco");
        G7231Decoder together = new G7231Decoder();
        short[] a = new short[together.maxSamples(72)];
        int n = together.decode(speech, 0, 72, a, 0);
        assertThat(n).isEqualTo(3 * FRAME);

        G7231Decoder separate = new G7231Decoder();
        short[] b = new short[3 * FRAME];
        for (int f = 0; f < 3; f++) {
            separate.decode(speech, f * 24, 24, b, f * FRAME);
        }
        assertThat(java.util.Arrays.copyOf(a, n)).isEqualTo(b);
        assertThat(together.highRateFrames()).isEqualTo(3);
    }
}
