package io.callrec.media.codec.g7231;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Decodes the checked-in fixtures (see src/test/resources/g7231/README.md) and compares them with
 * ffmpeg's decode stored next to them, so the reference comparison runs without ffmpeg.
 */
class G7231ReferenceFixtureTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = G7231ReferenceFixtureTest.class.getResourceAsStream("/g7231/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static G7231Decoder compare(String name) throws IOException {
        G7231Decoder decoder = new G7231Decoder();
        short[] decoded = PcmCompare.decodeStream(decoder, resource(name + ".tco"));
        short[] reference = PcmCompare.fromS16le(resource(name + ".pcm"));
        double snr = PcmCompare.snrDb(reference, decoded, reference.length);
        System.out.printf("G.723.1 fixture %s: SNR %.1f dB, identical samples %.2f%%%n", name, snr,
            100 * PcmCompare.identicalShare(reference, decoded, reference.length));
        assertThat(decoded).hasSameSizeAs(reference);
        assertThat(snr).isGreaterThanOrEqualTo(20.0);
        return decoder;
    }

    @Test
    void highRateSpeechMatchesFfmpegDecode() throws IOException {
        G7231Decoder decoder = compare("speech-6k3");
        assertThat(decoder.highRateFrames()).isEqualTo(20);
        assertThat(decoder.errors()).isZero();
    }

    @Test
    void lowRateSpeechMatchesFfmpegDecode() throws IOException {
        G7231Decoder decoder = compare("speech-5k3");
        assertThat(decoder.lowRateFrames()).isEqualTo(20);
        assertThat(decoder.errors()).isZero();
    }

    @Test
    void sidAndUntransmittedFramesMatchFfmpegComfortNoise() throws IOException {
        G7231Decoder decoder = compare("speech-sid-cng");
        assertThat(decoder.highRateFrames()).isEqualTo(20);
        assertThat(decoder.sidFrames()).isEqualTo(2);
        assertThat(decoder.untransmittedFrames()).isEqualTo(15);
    }
}
