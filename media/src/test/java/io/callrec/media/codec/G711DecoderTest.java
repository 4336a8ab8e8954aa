package io.callrec.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.ReferenceG711;
import org.junit.jupiter.api.Test;

class G711DecoderTest {

    private static short decode(AudioDecoder d, int code) {
        short[] out = new short[1];
        d.decode(new byte[] {(byte) code}, 0, 1, out, 0);
        return out[0];
    }

    @Test
    void ulawKnownValuesFromTheLaw() {
        AudioDecoder u = G711Decoder.ulaw();
        assertThat(decode(u, 0xFF)).isEqualTo((short) 0);
        assertThat(decode(u, 0x7F)).isEqualTo((short) 0);
        assertThat(decode(u, 0x00)).isEqualTo((short) -32124);
        assertThat(decode(u, 0x80)).isEqualTo((short) 32124);
        assertThat(decode(u, 0xFE)).isEqualTo((short) 8);
        assertThat(decode(u, 0x7E)).isEqualTo((short) -8);
    }

    @Test
    void alawKnownValuesFromTheLaw() {
        AudioDecoder a = G711Decoder.alaw();
        assertThat(decode(a, 0xD5)).isEqualTo((short) 8);
        assertThat(decode(a, 0x55)).isEqualTo((short) -8);
        assertThat(decode(a, 0xAA)).isEqualTo((short) 32256);
        assertThat(decode(a, 0x2A)).isEqualTo((short) -32256);
    }

    @Test
    void everyUlawCodeSurvivesEncodeAfterDecode() {
        AudioDecoder u = G711Decoder.ulaw();
        for (int code = 0; code < 256; code++) {
            int expected = code == 0x7F ? 0xFF : code; // negative zero re-encodes as positive zero
            assertThat(ReferenceG711.ulaw(decode(u, code)) & 0xFF).as("code %02x", code).isEqualTo(expected);
        }
    }

    @Test
    void everyAlawCodeSurvivesEncodeAfterDecode() {
        AudioDecoder a = G711Decoder.alaw();
        for (int code = 0; code < 256; code++) {
            assertThat(ReferenceG711.alaw(decode(a, code)) & 0xFF).as("code %02x", code).isEqualTo(code);
        }
    }

    @Test
    void decodedValuesAreMonotonicInTheLinearInput() {
        AudioDecoder u = G711Decoder.ulaw();
        AudioDecoder a = G711Decoder.alaw();
        int prevU = Integer.MIN_VALUE;
        int prevA = Integer.MIN_VALUE;
        for (int x = -32768; x <= 32767; x += 7) {
            int du = decode(u, ReferenceG711.ulaw(x) & 0xFF);
            int da = decode(a, ReferenceG711.alaw(x) & 0xFF);
            assertThat(du).isGreaterThanOrEqualTo(prevU);
            assertThat(da).isGreaterThanOrEqualTo(prevA);
            assertThat(Math.abs(du - x)).isLessThanOrEqualTo(Math.max(8, Math.abs(x) / 16 + 16));
            prevU = du;
            prevA = da;
        }
    }

    @Test
    void decodeWritesAtTheRequestedOffsetAndConcealWritesSilence() {
        AudioDecoder u = G711Decoder.ulaw();
        short[] out = {7, 7, 7, 7, 7};
        assertThat(u.decode(new byte[] {9, 0x00, (byte) 0x80, 9}, 1, 2, out, 2)).isEqualTo(2);
        assertThat(out).containsExactly(7, 7, -32124, 32124, 7);
        assertThat(u.conceal(out, 1, 3)).isEqualTo(3);
        assertThat(out).containsExactly(7, 0, 0, 0, 7);
        assertThat(u.sampleRate()).isEqualTo(8000);
    }
}
