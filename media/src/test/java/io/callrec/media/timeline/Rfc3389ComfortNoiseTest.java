package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Rfc3389ComfortNoiseTest {

    @ParameterizedTest
    @ValueSource(ints = {20, 40, 60, 70})
    void noiseHasTheSignalledLevelInMinusDbov(int level) {
        Rfc3389ComfortNoise cn = new Rfc3389ComfortNoise();
        assertThat(cn.level(new byte[] {(byte) level}, 0, 1)).isEqualTo(level);
        short[] s = new short[80000];
        cn.fill(s, 0, s.length);
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        double dbov = 20 * Math.log10(Math.sqrt(sum / s.length) / 32767);
        assertThat(dbov).isCloseTo(-level, within(0.5));
    }

    @Test
    void reservedBitIsIgnoredAndEmptyPayloadHasNoLevel() {
        Rfc3389ComfortNoise cn = new Rfc3389ComfortNoise();
        assertThat(cn.level(new byte[] {(byte) 0xBC}, 0, 1)).isEqualTo(60);
        assertThat(cn.level(new byte[0], 0, 0)).isEqualTo(-1);
    }
}
