package io.callrec.media.codec.g729;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input never throws: whole frames are decoded, the rest is counted as errors. */
class G729RobustnessTest {

    private static final int FRAME = 80;

    @Test
    void randomPayloadsOfAnyLengthDecodeWithoutExceptionAndCountErrors() {
        Random random = new Random(729);
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[decoder.maxSamples(256)];
        long expectedErrors = 0;
        long expectedFrames = 0;
        long expectedSids = 0;
        for (int p = 0; p < 5000; p++) {
            int length = random.nextInt(256);
            byte[] payload = new byte[length];
            random.nextBytes(payload);

            int n = decoder.decode(payload, 0, length, out, 0);

            int sid = length % 10 == 2 ? 1 : 0;
            boolean error = length == 0 || (length % 10 != 0 && sid == 0);
            expectedErrors += error ? 1 : 0;
            expectedFrames += length / 10;
            expectedSids += sid;
            assertThat(n).isEqualTo((length / 10 + sid) * FRAME).isLessThanOrEqualTo(decoder.maxSamples(length));
        }
        assertThat(decoder.errors()).isEqualTo(expectedErrors);
        assertThat(decoder.frames()).isEqualTo(expectedFrames);
        assertThat(decoder.sidFrames()).isEqualTo(expectedSids);
    }

    @Test
    void oddLengthsDecodeWholeFramesAndCountTheRestAsErrors() throws Exception {
        byte[] speech = G729TestSupport.resource("clean-speech-800ms.g729");
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[decoder.maxSamples(21)];

        assertThat(decoder.decode(speech, 0, 11, out, 0)).isEqualTo(FRAME);
        assertThat(decoder.errors()).isEqualTo(1);
        assertThat(decoder.decode(speech, 20, 21, out, 0)).isEqualTo(2 * FRAME);
        assertThat(decoder.errors()).isEqualTo(2);
        assertThat(decoder.decode(speech, 50, 3, out, 0)).isZero();
        assertThat(decoder.errors()).isEqualTo(3);
        assertThat(decoder.frames()).isEqualTo(3);
    }

    @Test
    void emptyPayloadYieldsNothingAndIsCounted() {
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[FRAME];

        int n = decoder.decode(new byte[0], 0, 0, out, 0);

        assertThat(n).isZero();
        assertThat(decoder.errors()).isEqualTo(1);
        assertThat(decoder.frames()).isZero();
    }

    @Test
    void decoderRecoversFromGarbageWhenValidFramesFollow() throws Exception {
        byte[] speech = G729TestSupport.resource("clean-speech-800ms.g729");
        short[] reference = G729TestSupport.littleEndianPcm(G729TestSupport.resource("clean-speech-800ms.ffmpeg.s16le"));
        G729Decoder decoder = new G729Decoder();
        byte[] garbage = new byte[10 * 500];
        new Random(8).nextBytes(garbage);
        short[] out = new short[decoder.maxSamples(garbage.length)];
        decoder.decode(garbage, 0, garbage.length, out, 0);

        short[] speechOut = new short[FRAME * 80];
        int n = 0;
        for (int f = 0; f < 80; f++) {
            n += decoder.decode(speech, f * 10, 10, speechOut, n);
        }

        // Predictor memories (LSF, gain) span four frames; after 200 ms the output follows the stream again.
        int from = 20 * FRAME;
        double snr = G729TestSupport.snrDb(Arrays.copyOfRange(reference, from, n), Arrays.copyOfRange(speechOut, from, n));
        System.out.printf("G.729 after 5 s of random frames: SNR vs FFmpeg's clean decode %.2f dB%n", snr);
        assertThat(snr).isGreaterThan(15.0);
    }

    @Test
    void concealmentFillsExactlyTheRequestedSamples() {
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[1000];
        Arrays.fill(out, (short) 1);

        int n = decoder.conceal(out, 3, 123);

        assertThat(n).isEqualTo(123);
        assertThat(out[2]).isEqualTo((short) 1);
        assertThat(out[126]).isEqualTo((short) 1);
        assertThat(decoder.concealedFrames()).isEqualTo(2);
    }
}
