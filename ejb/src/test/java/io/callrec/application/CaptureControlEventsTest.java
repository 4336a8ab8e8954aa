package io.callrec.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.DtmfDigit;
import io.callrec.domain.ondemand.DtmfSequenceMatcher;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.testkit.OnDemandCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording-control signals read from generated captures by the media engine's analysis. */
class CaptureControlEventsTest {

    private static final long T0 = 1_764_150_000_000_000_000L;

    @TempDir
    Path dir;

    private ConversionResult analyse(OnDemandCall call) throws Exception {
        Path pcap = dir.resolve("call.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            call.write(out);
        }
        return new MediaEngine().analyse(pcap);
    }

    private static Instant at(long millis) {
        return Instant.ofEpochSecond(0, T0 + millis * 1_000_000L);
    }

    @Test
    void sipInfoRecordHeadersBecomeStartAndStopEventsAtTheirCaptureTimes() throws Exception {
        ConversionResult analysis = analyse(new OnDemandCall(T0, 3000).record(1000, true).record(2000, false));

        CaptureControlEvents events = CaptureControlEvents.of(analysis, CallDirection.OUTGOING);

        assertThat(events.recordHeaders()).containsExactly(
                new ControlEvent(at(1000), Action.START, Trigger.SIP_INFO, "Record: on"),
                new ControlEvent(at(2000), Action.STOP, Trigger.SIP_INFO, "Record: off"));
        assertThat(events.digits()).isEmpty();
    }

    @Test
    void rfc4733DigitsGetAbsoluteTimesAndMatchTheAccountCodes() throws Exception {
        ConversionResult analysis = analyse(new OnDemandCall(T0, 4000)
                .rfc4733(1000, 10, true).rfc4733(1200, 4, true).rfc4733(1400, 4, true)
                .rfc4733(2500, 10, true).rfc4733(2700, 4, true).rfc4733(2900, 5, true));

        CaptureControlEvents events = CaptureControlEvents.of(analysis, CallDirection.OUTGOING);

        assertThat(events.digits()).extracting(DtmfDigit::symbol).containsExactly('*', '4', '4', '*', '4', '5');
        assertThat(events.digits()).extracting(DtmfDigit::at)
                .containsExactly(at(1000), at(1200), at(1400), at(2500), at(2700), at(2900));
        assertThat(DtmfSequenceMatcher.match(events.digits(), DtmfCodes.DEFAULTS))
                .extracting(ControlEvent::at, ControlEvent::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at(1400), Action.START),
                        org.assertj.core.groups.Tuple.tuple(at(2900), Action.STOP));
    }

    @Test
    void digitsCountOnlyFromTheRecordedAccountsSide() throws Exception {
        ConversionResult analysis = analyse(new OnDemandCall(T0, 3000)
                .rfc4733(500, 1, true).rfc4733(800, 2, false)
                .dtmfRelay(1500, '3', true).dtmfRelay(1700, '#', false));

        assertThat(CaptureControlEvents.of(analysis, CallDirection.OUTGOING).digits())
                .extracting(DtmfDigit::symbol).containsExactlyInAnyOrder('1', '3');
        assertThat(CaptureControlEvents.of(analysis, CallDirection.INCOMING).digits())
                .extracting(DtmfDigit::symbol).containsExactlyInAnyOrder('2', '#');
        assertThat(CaptureControlEvents.of(analysis, CallDirection.REDIRECTED).digits())
                .extracting(DtmfDigit::symbol).containsExactlyInAnyOrder('1', '2', '3', '#');
    }

    @Test
    void sipInfoDtmfRelayDigitsKeepTheirSource() throws Exception {
        ConversionResult analysis = analyse(new OnDemandCall(T0, 2000).dtmfRelay(600, '*', true));

        assertThat(CaptureControlEvents.of(analysis, CallDirection.OUTGOING).digits())
                .containsExactly(new DtmfDigit(at(600), '*', DtmfDigit.Source.SIP_INFO));
    }

    @Test
    void aCaptureWithoutSignalsGivesNoEvents() throws Exception {
        CaptureControlEvents events = CaptureControlEvents.of(analyse(new OnDemandCall(T0, 1000)),
                CallDirection.INCOMING);

        assertThat(events.recordHeaders()).isEmpty();
        assertThat(events.digits()).isEmpty();
    }
}
