package io.callrec.domain.ondemand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ControlSignalsTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:05Z");

    @Test
    void recordHeaderOnAndOffAreStartAndStop() {
        assertThat(RecordHeader.parse(" On ", T)).hasValue(new ControlEvent(T, Action.START, Trigger.SIP_INFO, "Record: on"));
        assertThat(RecordHeader.parse("off", T)).hasValue(new ControlEvent(T, Action.STOP, Trigger.SIP_INFO, "Record: off"));
    }

    @Test
    void otherRecordHeaderValuesAreNotControlEvents() {
        assertThat(RecordHeader.parse("maybe", T)).isEmpty();
        assertThat(RecordHeader.parse(null, T)).isEmpty();
    }

    @Test
    void rfc4733EventCodesMapToDtmfSymbols() {
        assertThat(DtmfDigit.fromRfc4733Event(10, T)).map(DtmfDigit::symbol).hasValue('*');
        assertThat(DtmfDigit.fromRfc4733Event(11, T)).map(DtmfDigit::symbol).hasValue('#');
        assertThat(DtmfDigit.fromRfc4733Event(4, T)).map(DtmfDigit::symbol).hasValue('4');
        assertThat(DtmfDigit.fromRfc4733Event(15, T)).map(DtmfDigit::symbol).hasValue('D');
        assertThat(DtmfDigit.fromRfc4733Event(16, T)).as("flash is not a digit").isEmpty();
    }

    @Test
    void dtmfRelayBodyWithoutUsableSignalIsNoDigit() {
        assertThat(DtmfDigit.fromDtmfRelay("Duration=160", T)).isEmpty();
        assertThat(DtmfDigit.fromDtmfRelay("Signal=x", T)).isEmpty();
        assertThat(DtmfDigit.fromDtmfRelay(null, T)).isEmpty();
        assertThat(DtmfDigit.fromDtmfRelay("Signal=10", T)).map(DtmfDigit::symbol).as("event number form").hasValue('*');
    }
}
