package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanGateTest {

    private static final long ORIGIN = 1_700_000_000_000_000_000L;

    private static long at(long millis) {
        return ORIGIN + millis * 1_000_000L;
    }

    @Test
    void spansBecomeCapturePositionsSortedAndMerged() {
        SpanGate gate = SpanGate.of(new long[][] {{at(3000), at(4000)}, {at(1000), at(2000)}, {at(1500), at(2500)}},
                ORIGIN, 8000);

        assertThat(gate.admits(7999)).isFalse();
        assertThat(gate.admits(8000)).isTrue();
        assertThat(gate.runEnd(8000)).isEqualTo(20000);
        assertThat(gate.admits(19999)).isTrue();
        assertThat(gate.admits(20000)).isFalse();
        assertThat(gate.runEnd(20000)).isEqualTo(24000);
        assertThat(gate.admits(31999)).isTrue();
        assertThat(gate.runEnd(31999)).isEqualTo(32000);
        assertThat(gate.admits(32000)).isFalse();
        assertThat(gate.runEnd(32000)).isEqualTo(Long.MAX_VALUE);
        assertThat(gate.runEnd(0)).isEqualTo(8000);
    }

    @Test
    void theCaptureOffsetShiftsTheGateAlongTheTrack() {
        SpanGate gate = SpanGate.of(new long[][] {{at(1000), at(2000)}}, ORIGIN, 16000);

        gate.follow(-160);

        assertThat(gate.admits(16000 - 160)).isTrue();
        assertThat(gate.admits(16000 - 161)).isFalse();
        assertThat(gate.runEnd(16000 - 161)).isEqualTo(16000 - 160);
        assertThat(gate.runEnd(16000)).isEqualTo(32000 - 160);
    }

    @Test
    void emptyOrReversedSpansAdmitNothing() {
        SpanGate gate = SpanGate.of(new long[][] {{at(2000), at(2000)}, {at(3000), at(1000)}}, ORIGIN, 8000);

        assertThat(gate.admits(16000)).isFalse();
        assertThat(gate.runEnd(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(SpanGate.closed().admits(0)).isFalse();
    }
}
