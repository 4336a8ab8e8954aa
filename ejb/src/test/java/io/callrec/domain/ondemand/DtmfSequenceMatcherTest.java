package io.callrec.domain.ondemand;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.dialing.DtmfCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DtmfSequenceMatcherTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    /** Digits pressed one after another, {@code gapMillis} apart, from {@code startMillis}. */
    private static List<DtmfDigit> pressed(String symbols, long startMillis, long gapMillis) {
        List<DtmfDigit> digits = new ArrayList<>();
        for (int i = 0; i < symbols.length(); i++) {
            digits.add(new DtmfDigit(T0.plusMillis(startMillis + i * gapMillis), symbols.charAt(i), DtmfDigit.Source.RFC4733));
        }
        return digits;
    }

    @Test
    void startCodeSpreadOverThreeEventsIsOneStartAtItsLastDigit() {
        List<ControlEvent> events = DtmfSequenceMatcher.match(pressed("*44", 1000, 300), DtmfCodes.DEFAULTS);
        assertThat(events).containsExactly(new ControlEvent(T0.plusMillis(1600), Action.START, Trigger.DTMF, "*44 (RFC 4733)"));
    }

    @Test
    void digitsOfOtherSequencesAroundTheCodeAreIgnored() {
        List<ControlEvent> events = DtmfSequenceMatcher.match(pressed("12*4*4459#*45", 0, 200), DtmfCodes.DEFAULTS);
        assertThat(events).extracting(ControlEvent::action).containsExactly(Action.START, Action.STOP);
        assertThat(events).extracting(ControlEvent::at).containsExactly(T0.plusMillis(6 * 200), T0.plusMillis(12 * 200));
    }

    @Test
    void aLongPauseBreaksASequence() {
        List<DtmfDigit> digits = new ArrayList<>(pressed("*4", 0, 200));
        digits.addAll(pressed("4", 10_000, 0));
        assertThat(DtmfSequenceMatcher.match(digits, DtmfCodes.DEFAULTS)).isEmpty();
    }

    @Test
    void digitsArriveOutOfOrderAndAreSortedByTime() {
        List<DtmfDigit> digits = new ArrayList<>(pressed("*45", 0, 200));
        java.util.Collections.reverse(digits);
        assertThat(DtmfSequenceMatcher.match(digits, DtmfCodes.DEFAULTS)).extracting(ControlEvent::action)
                .containsExactly(Action.STOP);
    }

    @Test
    void customCodesAreMatchedAndDefaultsAreNot() {
        DtmfCodes custom = new DtmfCodes("#7", "#8");
        assertThat(DtmfSequenceMatcher.match(pressed("*44#7", 0, 200), custom))
                .extracting(ControlEvent::action).containsExactly(Action.START);
    }

    @Test
    void sipInfoDigitsSayWhereTheyCameFrom() {
        List<DtmfDigit> digits = List.of(
                DtmfDigit.fromDtmfRelay("Signal=*\r\nDuration=160\r\n", T0).orElseThrow(),
                DtmfDigit.fromDtmfRelay("Signal=4\r\nDuration=160\r\n", T0.plusMillis(300)).orElseThrow(),
                DtmfDigit.fromDtmfRelay("Signal= 4\nDuration=160", T0.plusMillis(600)).orElseThrow());
        assertThat(DtmfSequenceMatcher.match(digits, DtmfCodes.DEFAULTS))
                .extracting(ControlEvent::detail).containsExactly("*44 (SIP INFO dtmf-relay)");
    }
}
