package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.timeline.TelephoneEvents.Tone;
import org.junit.jupiter.api.Test;

class TelephoneEventsTest {

    private final TelephoneEvents events = new TelephoneEvents();

    private void packet(long tick, int event, boolean end, int duration) {
        byte[] p = {(byte) event, (byte) ((end ? 0x80 : 0) | 10), (byte) (duration >> 8), (byte) duration};
        assertThat(events.offer(0, tick, p, 0, 4)).isTrue();
    }

    @Test
    void startUpdatesAndThreeEndPacketsMakeOneTone() {
        for (int d = 320; d <= 2240; d += 320) {
            packet(8000, 1, false, d);
        }
        for (int i = 0; i < 3; i++) {
            packet(8000, 1, true, 2240);
        }
        assertThat(events.tones(8000)).containsExactly(new Tone(1, 1_000_000_000L, 280_000_000L, true));
        assertThat(events.tones(8000).get(0).symbol()).isEqualTo("1");
    }

    @Test
    void lostStartAndLostEndPacketsStillGiveTheTone() {
        packet(1600, 5, false, 480);
        packet(1600, 5, false, 640);
        packet(4000, 11, false, 160);
        assertThat(events.tones(8000)).extracting(Tone::symbol, Tone::durationNanos, Tone::ended)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", 80_000_000L, false),
                        org.assertj.core.groups.Tuple.tuple("#", 20_000_000L, false));
    }

    @Test
    void sameDigitPressedTwiceIsTwoTones() {
        packet(0, 7, true, 800);
        packet(2400, 7, true, 800);
        assertThat(events.tones(8000)).hasSize(2);
    }

    @Test
    void lateUpdateOfThePreviousToneIsMergedIntoIt() {
        packet(0, 2, false, 160);
        packet(1600, 3, false, 160);
        packet(0, 2, true, 960);
        assertThat(events.tones(8000)).extracting(Tone::symbol, Tone::durationNanos)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", 120_000_000L),
                        org.assertj.core.groups.Tuple.tuple("3", 20_000_000L));
    }

    /** RFC 4733 §2.5.1.3: past 0xFFFF ticks the sender starts a new segment at ts + 0xFFFF. */
    @Test
    void longDurationSegmentsAreJoinedIntoOneTone() {
        for (int d = 0x1000; d < 0xFFFF; d += 0x1000) {
            packet(100, 0, false, d);
        }
        packet(100, 0, false, 0xFFFF);
        packet(100 + 0xFFFF, 0, false, 800);
        packet(100 + 0xFFFF, 0, true, 1600);
        assertThat(events.tones(8000)).containsExactly(
                new Tone(0, 100 * 125_000L, (0xFFFF + 1600) * 125_000L, true));
    }

    @Test
    void durationsOnA48KilohertzClockAreConvertedWithIt() {
        packet(48000, 9, true, 9600);
        assertThat(events.tones(48000)).containsExactly(new Tone(9, 1_000_000_000L, 200_000_000L, true));
    }

    @Test
    void shortPayloadIsRefused() {
        assertThat(events.offer(0, 0, new byte[3], 0, 3)).isFalse();
        assertThat(events.tones(8000)).isEmpty();
    }
}
