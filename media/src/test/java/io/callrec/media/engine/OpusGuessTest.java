package io.callrec.media.engine;

import static io.callrec.media.testing.CaptureFixture.A;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.PayloadKind;
import io.callrec.media.testing.CaptureFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unbound dynamic payload type is decoded as Opus only when its clock, measured against the
 * capture, is 48 kHz and every checked payload is a well-formed Opus packet (RFC 6716 §3.4).
 */
class OpusGuessTest {

    /** TOC 0x78: SILK-only wideband 20 ms, code 0 (one frame). */
    private static final byte[] OPUS_20MS = {(byte) 0x78, 1, 2, 3, 4, 5};
    /** TOC code 1 (two equal frames) with an odd number of frame octets: breaks R3. */
    private static final byte[] BROKEN = {(byte) 0x79, 1, 2, 3};

    @TempDir
    Path dir;

    private LegPlan.Leg plan(int ticksPer20Ms, int brokenAt) throws Exception {
        Path capture = dir.resolve("call.pcap");
        try (CaptureFixture f = CaptureFixture.create(capture)) {
            for (int k = 0; k < 30; k++) {
                f.rtp(A, k * 20_000L, 99, k, (long) ticksPer20Ms * k, 5, k == brokenAt ? BROKEN : OPUS_20MS);
            }
        }
        StreamScan.Result scan = StreamScan.run(capture);
        CallSelection calls = CallSelection.choose(scan.streams(), scan.signalling(), ConversionOptions.defaults());
        LegPlan plan = new LegPlan(calls.streams(), calls.assignments(), scan.opusGuess());
        assertThat(plan.legs()).hasSize(1);
        return plan.legs().get(0);
    }

    @Test
    void validOpusPacketsOnAMeasured48kHzClockAreGuessedAsOpus() throws Exception {
        LegPlan.Leg leg = plan(960, -1);
        assertThat(leg.audio()).isTrue();
        assertThat(leg.clockRate()).isEqualTo(48000);
        assertThat(leg.trackRate()).isEqualTo(16000);
        assertThat(leg.payloads().name(99, PayloadKind.AUDIO)).isEqualTo("opus (guessed)");
    }

    @Test
    void anotherMeasuredClockIsNotGuessed() throws Exception {
        LegPlan.Leg leg = plan(160, -1);
        assertThat(leg.audio()).isFalse();
        assertThat(leg.payloads().bound(99)).isFalse();
    }

    @Test
    void oneMalformedPayloadAmongTheCheckedOnesRulesOpusOut() throws Exception {
        LegPlan.Leg leg = plan(960, 17);
        assertThat(leg.audio()).isFalse();
        assertThat(leg.payloads().bound(99)).isFalse();
    }
}
