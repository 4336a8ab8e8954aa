package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.ReferenceG711;
import io.callrec.media.testing.WavFile;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sender that pauses 500 ms without advancing its timestamps (sequence and timestamp go on by one
 * packet): the audio after the pause is placed where it was captured, the pause stays as silence, and
 * the leg is not stretched. Reference: the capture clock.
 */
class TimestampStallRepairTest {

    @TempDir
    Path dir;

    private Path pausingSender(Leg... legs) throws Exception {
        Path pcap = dir.resolve("stall.pcap");
        byte[] first = new byte[160];
        byte[] second = new byte[160];
        Arrays.fill(first, ReferenceG711.ulaw(2000));
        Arrays.fill(second, ReferenceG711.ulaw(-2000));
        try (CaptureFixture f = CaptureFixture.create(pcap)) {
            for (int slot = 0; slot < 125; slot++) {
                for (Leg leg : legs) {
                    // the pausing sender skips slots 50..74 but numbers its packets on as if it had not
                    int n = leg.pauses() ? (slot < 50 ? slot : slot - 25) : slot;
                    if (leg.pauses() && slot >= 50 && slot < 75) {
                        continue;
                    }
                    f.rtp(leg.fixture(), slot * 20_000L + leg.delayMicros(), 0, 7 + n, 1234 + 160L * n, leg.ssrc(),
                            leg.pauses() && slot >= 75 ? second : first);
                }
            }
        }
        return pcap;
    }

    private record Leg(CaptureFixture.Leg fixture, long ssrc, long delayMicros, boolean pauses) {
    }

    @Test
    void audioAfterAPauseWithoutTimestampAdvanceLandsWhereItWasCaptured() throws Exception {
        Path pcap = pausingSender(new Leg(CaptureFixture.A, 0x1111, 0, true));

        ConversionResult r = new MediaEngine().convert(pcap, dir.resolve("out.wav"), ConversionOptions.defaults());
        short[] audio = WavFile.read(dir.resolve("out.wav")).channel(0);

        assertThat(audio).hasSize(8000 * 5 / 2);
        assertThat(audio[8000 - 1]).isPositive();
        for (int i = 8000; i < 12000; i++) {
            assertThat(audio[i]).as("sample %d lies in the pause", i).isZero();
        }
        assertThat(audio[12000]).isNegative();
        assertThat(audio[20000 - 1]).isNegative();
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.timestampStalls()).isEqualTo(1);
            assertThat(l.stallMillis()).isEqualTo(500);
            assertThat(l.durationMillis()).isEqualTo(2500);
        });
    }

    @Test
    void aPausingLegStaysInSyncWithTheOtherWithoutBeingStretched() throws Exception {
        Path pcap = pausingSender(new Leg(CaptureFixture.A, 0x1111, 0, true),
                new Leg(CaptureFixture.B, 0x2222, 5_000, false));

        ConversionResult r = new MediaEngine().convert(pcap, dir.resolve("stereo.wav"),
                new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
        short[] pausing = WavFile.read(dir.resolve("stereo.wav")).channel(0);

        assertThat(r.legs()).allSatisfy(l -> {
            assertThat(l.driftCorrected()).as("nothing to stretch").isFalse();
            assertThat(l.durationMillis()).isEqualTo(2500);
        });
        assertThat(r.legs()).extracting(LegStatistics::timestampStalls).containsExactly(1L, 0L);
        assertThat(pausing[8000 + 100]).isZero();
        assertThat(pausing[12000 + 100]).isNegative();
        assertThat(pausing[20000 - 100]).isNegative();
    }

    @Test
    void aPacketSentBeforeThePauseButCapturedAfterItLandsBeforeThePause() throws Exception {
        Path pcap = dir.resolve("reordered.pcap");
        byte[] before = new byte[160];
        byte[] after = new byte[160];
        Arrays.fill(before, ReferenceG711.ulaw(2000));
        Arrays.fill(after, ReferenceG711.ulaw(-2000));
        try (CaptureFixture f = CaptureFixture.create(pcap)) {
            for (int n = 0; n < 49; n++) {
                f.rtp(CaptureFixture.A, n * 20_000L, 0, n, 160L * n, 0x3333, before);
            }
            // packet 49 is overtaken by packet 50, which comes after a 500 ms pause
            f.rtp(CaptureFixture.A, 1_500_000L, 0, 50, 160L * 50, 0x3333, after);
            f.rtp(CaptureFixture.A, 1_505_000L, 0, 49, 160L * 49, 0x3333, before);
            for (int n = 51; n < 100; n++) {
                f.rtp(CaptureFixture.A, 500_000L + n * 20_000L, 0, n, 160L * n, 0x3333, after);
            }
        }

        ConversionResult r = new MediaEngine().convert(pcap, dir.resolve("reordered.wav"), ConversionOptions.defaults());
        short[] audio = WavFile.read(dir.resolve("reordered.wav")).channel(0);

        assertThat(r.legs().get(0).timestampStalls()).isEqualTo(1);
        assertThat(audio[49 * 160 + 80]).as("packet 49 before the pause").isPositive();
        for (int i = 8000; i < 12000; i++) {
            assertThat(audio[i]).as("sample %d lies in the pause", i).isZero();
        }
        assertThat(audio[12000 + 80]).as("packet 50 after it").isNegative();
    }
}
