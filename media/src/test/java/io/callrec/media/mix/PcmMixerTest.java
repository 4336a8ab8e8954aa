package io.callrec.media.mix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PcmMixerTest {

    /** A source that hands out at most 3 samples per read, to exercise refilling. */
    private static SampleSource of(short... values) {
        return new SampleSource() {
            private int next;

            @Override
            public int read(short[] out, int offset, int max) {
                int n = Math.min(Math.min(max, 3), values.length - next);
                System.arraycopy(values, next, out, offset, n);
                next += n;
                return n;
            }

            @Override
            public void close() {
                next = values.length;
            }
        };
    }

    private static final class Collector implements SampleSink {
        final List<Short> samples = new ArrayList<>();

        @Override
        public void write(short[] interleaved, int offset, int samples) {
            for (int i = 0; i < samples; i++) {
                this.samples.add(interleaved[offset + i]);
            }
        }
    }

    @Test
    void monoSumsWithSaturationAndPadsShortSources() throws Exception {
        Collector out = new Collector();
        long n = new PcmMixer().mono(List.of(of((short) 30000, (short) -30000, (short) 5, (short) 1, (short) 2),
                of((short) 10000, (short) -10000, (short) 6)), 7, out);
        assertThat(n).isEqualTo(7);
        assertThat(out.samples).containsExactly((short) 32767, (short) -32768, (short) 11, (short) 1, (short) 2,
                (short) 0, (short) 0);
    }

    @Test
    void stereoInterleavesLeftThenRightWithSilentMissingSide() throws Exception {
        Collector out = new Collector();
        new PcmMixer().stereo(of((short) 1, (short) 2, (short) 3, (short) 4), of((short) -1), 4, out);
        assertThat(out.samples).containsExactly((short) 1, (short) -1, (short) 2, (short) 0, (short) 3, (short) 0,
                (short) 4, (short) 0);
        Collector single = new Collector();
        new PcmMixer().stereo(of((short) 9), null, 1, single);
        assertThat(single.samples).containsExactly((short) 9, (short) 0);
    }

    @Test
    void clipKeepsValuesInsideTheRange() {
        assertThat(Saturation.clip(40000)).isEqualTo(Short.MAX_VALUE);
        assertThat(Saturation.clip(-40000)).isEqualTo(Short.MIN_VALUE);
        assertThat(Saturation.clip(-5)).isEqualTo((short) -5);
    }
}
