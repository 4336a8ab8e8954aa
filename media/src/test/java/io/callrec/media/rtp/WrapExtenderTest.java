package io.callrec.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrapExtenderTest {

    @Test
    void sequenceDeltaWrapsAt65536() {
        WrapExtender seq = WrapExtender.sequence();
        seq.extend(65535);
        assertThat(seq.delta(0)).isEqualTo(1);
        assertThat(seq.extend(0)).isEqualTo(65536);
        assertThat(seq.delta(65534)).isEqualTo(-2);
    }

    @Test
    void sequenceExtendsMonotonicallyOverThreeFullCyclesFromAnyStart() {
        for (int start : new int[] {0, 1, 32767, 32768, 65000, 65535}) {
            WrapExtender seq = WrapExtender.sequence();
            for (long i = 0; i < 3 * 65536L; i++) {
                assertThat(seq.extend((start + i) & 0xFFFF)).isEqualTo(start + i);
            }
        }
    }

    @Test
    void latePacketFromBeforeTheWrapStaysInThePreviousCycle() {
        WrapExtender seq = WrapExtender.sequence();
        seq.extend(65534);
        seq.extend(1);
        assertThat(seq.extend(65535)).isEqualTo(65535);
        assertThat(seq.highest()).isEqualTo(65537);
    }

    @Test
    void timestampWrapsAt2Pow32() {
        WrapExtender ts = WrapExtender.timestamp();
        long start = (1L << 32) - 320;
        ts.extend(start);
        assertThat(ts.extend(start + 160)).isEqualTo(start + 160);
        assertThat(ts.extend(0)).isEqualTo(1L << 32);
        assertThat(ts.extend(160)).isEqualTo((1L << 32) + 160);
        assertThat(ts.delta((1L << 32) - 160)).isEqualTo(-320);
    }

    @Test
    void timestampExtendsOverTheWholeRangeTwiceInPacketSteps() {
        WrapExtender ts = WrapExtender.timestamp();
        long start = 4_000_000_000L;
        for (long t = 0; t < 2 * (1L << 32); t += 160 * 1024) {
            assertThat(ts.extend((start + t) & 0xFFFF_FFFFL)).isEqualTo(start + t);
        }
    }

    @Test
    void halfRangeJumpIsReadAsBackwards() {
        WrapExtender seq = WrapExtender.sequence();
        seq.extend(100);
        assertThat(seq.delta(100 + 32767)).isEqualTo(32767);
        assertThat(seq.delta(100 + 32768)).isEqualTo(-32768);
    }

    @Test
    void resetStartsFromTheNextValue() {
        WrapExtender seq = WrapExtender.sequence();
        seq.extend(40000);
        seq.reset();
        assertThat(seq.extend(5)).isEqualTo(5);
    }
}
