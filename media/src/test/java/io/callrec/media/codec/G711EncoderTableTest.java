package io.callrec.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711EncoderTableTest {

    @Test
    void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            assertThat(G711Encoder.alaw(G711.ALAW[code]) & 0xFF).as("A-law %02X", code).isEqualTo(code);
            int expected = code == 0x7F ? 0xFF : code; // µ-law -0 and +0 both decode to 0
            assertThat(G711Encoder.ulaw(G711.ULAW[code]) & 0xFF).as("µ-law %02X", code).isEqualTo(expected);
        }
    }

    @Test
    void everyInputGetsTheNearestReconstructionLevel() {
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v += 7) {
            int bestA = Integer.MAX_VALUE;
            int bestU = Integer.MAX_VALUE;
            for (int c = 0; c < 256; c++) {
                bestA = Math.min(bestA, Math.abs(G711.ALAW[c] - v));
                bestU = Math.min(bestU, Math.abs(G711.ULAW[c] - v));
            }
            assertThat(Math.abs(G711.ALAW[G711Encoder.alaw((short) v) & 0xFF] - v)).as("A-law %d", v).isEqualTo(bestA);
            assertThat(Math.abs(G711.ULAW[G711Encoder.ulaw((short) v) & 0xFF] - v)).as("µ-law %d", v).isEqualTo(bestU);
        }
    }
}
