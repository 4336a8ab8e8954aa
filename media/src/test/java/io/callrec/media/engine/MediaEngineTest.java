package io.callrec.media.engine;

import static io.callrec.media.testing.CaptureFixture.A;
import static io.callrec.media.testing.CaptureFixture.B;
import static io.callrec.media.testing.Signals.PACKET;
import static io.callrec.media.testing.Signals.alawPacket;
import static io.callrec.media.testing.Signals.alawRoundTrip;
import static io.callrec.media.testing.Signals.level;
import static io.callrec.media.testing.Signals.ulawPacket;
import static io.callrec.media.testing.Signals.ulawRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.WavFile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end timeline behaviour on generated captures, checked sample by sample. */
class MediaEngineTest {

    private static final ConversionOptions MONO = ConversionOptions.defaults();
    private static final ConversionOptions STEREO = new ConversionOptions(OutputFormat.WAV, Channels.STEREO);

    @TempDir
    Path dir;

    private final MediaEngine engine = new MediaEngine();

    private Path capture() {
        return dir.resolve("call.pcap");
    }

    private Path wav() {
        return dir.resolve("call.wav");
    }

    /** Writes µ-law packet {@code k} of leg A at 20 ms spacing with level(k). */
    private static void ulaw(CaptureFixture f, int k, long micros, int seq, long ts, long ssrc) throws IOException {
        f.rtp(A, micros, 0, seq, ts, ssrc, ulawPacket(level(k)));
    }

    private static void assertPacket(short[] samples, long position, short expected) {
        for (int i = 0; i < PACKET; i++) {
            assertThat(samples[(int) position + i]).as("sample %d", position + i).isEqualTo(expected);
        }
    }

    private static void assertSilence(short[] samples, int from, int to) {
        for (int i = from; i < to; i++) {
            assertThat(samples[i]).as("sample %d", i).isZero();
        }
    }

    @Test
    void twoLegsMuLawAndALawAreDecodedSampleExactInStereo() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                ulaw(f, k, k * 20_000L, 1 + k, 160L * k, 0x11);
                f.rtp(B, 5_000 + k * 20_000L, 8, 500 + k, 90_000 + 160L * k, 0x22, alawPacket(level(k + 20)));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), STEREO);
        WavFile w = WavFile.read(wav());
        short[] left = w.channel(0);
        short[] right = w.channel(1);
        assertThat(left).hasSize(40 + 10 * PACKET);
        for (int k = 0; k < 10; k++) {
            assertPacket(left, k * PACKET, ulawRoundTrip(level(k)));
            assertPacket(right, 40 + k * PACKET, alawRoundTrip(level(k + 20)));
        }
        assertSilence(right, 0, 40);
        assertSilence(left, 10 * PACKET, 10 * PACKET + 40);
        assertThat(r.durationMillis()).isEqualTo(205);
        assertThat(r.channels()).isEqualTo(2);
        assertThat(r.legs()).extracting(LegStatistics::codecs).containsExactly(
                java.util.List.of("PCMU"), java.util.List.of("PCMA"));
        assertThat(r.totalPackets()).isEqualTo(20);
        assertThat(r.totalLost()).isZero();
    }

    @Test
    void outOfOrderArrivalIsPlacedByTimestamp() throws Exception {
        int[] arrival = {0, 1, 2, 4, 3, 5, 6, 9, 7, 8};
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int i = 0; i < arrival.length; i++) {
                int k = arrival[i];
                ulaw(f, k, i * 20_000L, 1000 + k, 160L * k, 7);
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertThat(s).hasSize(10 * PACKET);
        for (int k = 0; k < 10; k++) {
            assertPacket(s, k * PACKET, ulawRoundTrip(level(k)));
        }
        LegStatistics leg = r.legs().get(0);
        assertThat(leg.reordered()).isEqualTo(3);
        assertThat(leg.lost()).isZero();
    }

    @Test
    void firstPacketArrivingAfterItsSuccessorStillStartsTheAudio() throws Exception {
        int[] arrival = {1, 0, 2, 3, 4};
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int i = 0; i < arrival.length; i++) {
                int k = arrival[i];
                ulaw(f, k, i * 20_000L, 10 + k, 160L * k, 7);
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertThat(s).hasSize(5 * PACKET);
        for (int k = 0; k < 5; k++) {
            assertPacket(s, k * PACKET, ulawRoundTrip(level(k)));
        }
        assertThat(r.legs().get(0).reordered()).isEqualTo(1);
    }

    @Test
    void timestampGapBecomesSilenceOfItsRealLength() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                long pause = k < 5 ? 0 : 8000;
                ulaw(f, k, k * 20_000L + pause * 125, 1 + k, 160L * k + pause, 7);
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertThat(s).hasSize(10 * PACKET + 8000);
        assertPacket(s, 4 * PACKET, ulawRoundTrip(level(4)));
        assertSilence(s, 5 * PACKET, 5 * PACKET + 8000);
        assertPacket(s, 5 * PACKET + 8000, ulawRoundTrip(level(5)));
        assertThat(r.durationMillis()).isEqualTo(1200);
        assertThat(r.legs().get(0).lost()).isZero();
    }

    @Test
    void timestampJumpThatContradictsTheCaptureClockIsReanchored() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                long jump = k < 5 ? 0 : 1L << 30;
                ulaw(f, k, k * 20_000L, 1 + k, 160L * k + jump, 7);
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertThat(s).hasSize(10 * PACKET);
        for (int k = 0; k < 10; k++) {
            assertPacket(s, k * PACKET, ulawRoundTrip(level(k)));
        }
        assertThat(r.legs().get(0).lost()).isZero();
    }

    @Test
    void sequenceGapIsCountedAsLossAndConcealedWithAFade() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                if (k != 3 && k != 4) {
                    ulaw(f, k, k * 20_000L, 1 + k, 160L * k, 7);
                }
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        short last = ulawRoundTrip(level(2));
        assertThat(s[3 * PACKET]).isEqualTo(last);
        for (int i = 3 * PACKET; i < 5 * PACKET; i++) {
            assertThat(Math.abs(s[i])).as("sample %d", i).isLessThanOrEqualTo(Math.abs(last));
        }
        assertThat(Math.abs(s[5 * PACKET - 1])).isLessThan(Math.abs(last) / 2);
        assertPacket(s, 5 * PACKET, ulawRoundTrip(level(5)));
        assertThat(r.legs().get(0).lost()).isEqualTo(2);
        assertThat(r.legs().get(0).concealedMillis()).isEqualTo(40);
        assertThat(r.totalLost()).isEqualTo(2);
    }

    @Test
    void duplicatePacketIsDroppedAndCounted() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                ulaw(f, k, k * 20_000L, 1 + k, 160L * k, 7);
                if (k == 3) {
                    f.rtp(A, k * 20_000L + 1_000, 0, 1 + k, 160L * k, 7, ulawPacket(-12345));
                }
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertPacket(s, 3 * PACKET, ulawRoundTrip(level(3)));
        LegStatistics leg = r.legs().get(0);
        assertThat(leg.duplicates()).isEqualTo(1);
        assertThat(leg.packets()).isEqualTo(11);
        assertThat(leg.lost()).isZero();
    }

    @Test
    void sequenceAndTimestampWrapMidCallKeepTheTimeline() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 12; k++) {
                ulaw(f, k, k * 20_000L, (65530 + k) & 0xFFFF, ((1L << 32) - 800 + 160L * k) & 0xFFFF_FFFFL, 7);
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertThat(s).hasSize(12 * PACKET);
        for (int k = 0; k < 12; k++) {
            assertPacket(s, k * PACKET, ulawRoundTrip(level(k)));
        }
        assertThat(r.legs().get(0).lost()).isZero();
        assertThat(r.legs().get(0).reordered()).isZero();
    }

    @Test
    void ssrcChangeContinuesTheSameLeg() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 20; k++) {
                if (k < 10) {
                    ulaw(f, k, k * 20_000L, 100 + k, 5000 + 160L * k, 0xAAAA);
                } else {
                    ulaw(f, k, k * 20_000L, 7 + k, 999_999 + 160L * k, 0xBBBB);
                }
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertThat(s).hasSize(20 * PACKET);
        for (int k = 0; k < 20; k++) {
            assertPacket(s, k * PACKET, ulawRoundTrip(level(k)));
        }
        assertThat(r.legs()).hasSize(1);
        assertThat(r.legs().get(0).ssrcs()).containsExactly("0x0000AAAA", "0x0000BBBB");
        assertThat(r.legs().get(0).lost()).isZero();
    }

    @Test
    void legStartingLaterIsOffsetByItsCaptureTime() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 100; k++) {
                f.rtp(A, k * 20_000L, 0, k, 160L * k, 1, ulawPacket(1000));
                if (k >= 50 && k < 60) {
                    f.rtp(B, k * 20_000L + 1, 8, k, 77_000 + 160L * k, 2, alawPacket(level(k)));
                }
            }
        }
        ConversionResult stereo = engine.convert(capture(), wav(), STEREO);
        short[] right = WavFile.read(wav()).channel(1);
        assertSilence(right, 0, 8000);
        for (int k = 50; k < 60; k++) {
            assertPacket(right, k * PACKET, alawRoundTrip(level(k)));
        }
        assertThat(stereo.legs().get(1).firstPacketMillis() - stereo.legs().get(0).firstPacketMillis()).isEqualTo(1000);
        assertThat(stereo.legs().get(1).durationMillis()).isEqualTo(200);

        engine.convert(capture(), wav(), MONO);
        short[] mono = WavFile.read(wav()).samples();
        assertPacket(mono, 49 * PACKET, ulawRoundTrip(1000));
        assertPacket(mono, 55 * PACKET, (short) (ulawRoundTrip(1000) + alawRoundTrip(level(55))));
    }

    @Test
    void monoMixSaturatesInsteadOfWrapping() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 4; k++) {
                int level = k < 2 ? 30000 : -30000;
                f.rtp(A, k * 20_000L, 0, k, 160L * k, 1, ulawPacket(level));
                f.rtp(B, k * 20_000L, 0, k, 160L * k, 2, ulawPacket(level));
            }
        }
        engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertPacket(s, 0, Short.MAX_VALUE);
        assertPacket(s, 2 * PACKET, Short.MIN_VALUE);
    }

    @Test
    void stereoPutsTheEarliestLegLeft() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 5; k++) {
                f.rtp(B, k * 20_000L, 8, k, 160L * k, 2, alawPacket(-2000));
                f.rtp(A, 10_000 + k * 20_000L, 0, k, 160L * k, 1, ulawPacket(3000));
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), STEREO);
        WavFile w = WavFile.read(wav());
        assertPacket(w.channel(0), 0, alawRoundTrip(-2000));
        assertPacket(w.channel(1), 80, ulawRoundTrip(3000));
        assertThat(r.legs().get(0).source()).isEqualTo("10.0.0.2:30000");
        assertThat(r.legs().get(0).destination()).isEqualTo("10.0.0.1:20000");
    }

    @Test
    void eventsAndComfortNoiseAreNotDecodedAsAudio() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 10; k++) {
                if (k >= 5 && k <= 7) {
                    f.rtp(A, k * 20_000L, 101, k, 800, 7, new byte[] {5, (byte) (k == 7 ? 0x8A : 0x0A), (byte) ((160 * (k - 4)) >> 8), (byte) (160 * (k - 4))});
                } else if (k == 8) {
                    f.rtp(A, k * 20_000L, 13, k, 160L * k, 7, new byte[] {60});
                } else {
                    ulaw(f, k, k * 20_000L, k, 160L * k, 7);
                }
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        short[] s = WavFile.read(wav()).samples();
        assertThat(s).hasSize(10 * PACKET);
        assertSilence(s, 5 * PACKET, 8 * PACKET);
        // CN level 60 -dBov: RMS 32767 * 10^-3 = 33, uniform noise peak 33 * sqrt(3) = 57.
        double sum = 0;
        for (int i = 8 * PACKET; i < 9 * PACKET; i++) {
            assertThat(Math.abs(s[i])).isLessThanOrEqualTo(57);
            sum += s[i] * s[i];
        }
        assertThat(Math.sqrt(sum / PACKET)).isBetween(25.0, 41.0);
        assertPacket(s, 9 * PACKET, ulawRoundTrip(level(9)));
        LegStatistics leg = r.legs().get(0);
        assertThat(leg.codecs()).containsExactly("PCMU", "CN", "telephone-event");
        assertThat(leg.unsupported()).isZero();
        assertThat(leg.comfortNoiseMillis()).isEqualTo(20);
        assertThat(leg.dtmf()).containsExactly(new DtmfEvent("5", 100, 60, true));
    }

    @Test
    void legWithOnlyUnsupportedPayloadIsReportedButNotMixed() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 5; k++) {
                ulaw(f, k, k * 20_000L, k, 160L * k, 1);
                f.rtp(B, k * 20_000L + 5, 3, k, 160L * k, 2, new byte[33]);
            }
        }
        ConversionResult r = engine.convert(capture(), wav(), MONO);
        assertThat(WavFile.read(wav()).samples()).hasSize(5 * PACKET);
        assertThat(r.legs()).hasSize(2);
        assertThat(r.legs().get(1).codecs()).containsExactly("GSM");
        assertThat(r.legs().get(1).unsupported()).isEqualTo(5);
        assertThat(r.legs().get(1).durationMillis()).isZero();
    }

    @Test
    void jsonUsesTheStableFieldNames() throws Exception {
        try (CaptureFixture f = CaptureFixture.create(capture())) {
            for (int k = 0; k < 5; k++) {
                ulaw(f, k, k * 20_000L, k, 160L * k, 0xCAFE);
            }
        }
        String json = engine.convert(capture(), wav(), MONO).toJson();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.fieldNames()).toIterable().containsExactly("durationMillis", "sampleRate", "channels", "legs", "sip",
                "calls", "clockAnchor", "clockAnchorMillis", "partial", "ignoredLegs");
        var leg = tree.get("legs").get(0);
        assertThat(leg.fieldNames()).toIterable().containsExactly("source", "destination", "ssrcs", "codecs",
                "packets", "lost", "duplicates", "reordered", "unsupported", "firstPacketMillis", "durationMillis",
                "role", "callId", "clockRate", "jitterMillis", "maxJitterMillis", "late", "emptyPayloads",
                "concealedMillis", "fecRecovered", "comfortNoiseMillis", "driftPpm", "driftCorrected", "driftStatus", "timestampStalls",
                "stallMillis", "dtmf");
        assertThat(leg.get("role").asText()).isEqualTo("unknown");
        assertThat(leg.get("callId").isNull()).isTrue();
        assertThat(tree.get("calls")).isEmpty();
        assertThat(tree.get("partial").asBoolean()).isFalse();
        assertThat(tree.get("durationMillis").asLong()).isEqualTo(100);
        assertThat(tree.get("sampleRate").asInt()).isEqualTo(8000);
        assertThat(leg.get("ssrcs").get(0).asText()).isEqualTo("0x0000CAFE");
        assertThat(leg.get("firstPacketMillis").asLong()).isEqualTo(CaptureFixture.EPOCH_NANOS / 1_000_000);
        assertThat(tree.get("clockAnchor").asText()).isEqualTo("first-media");
        assertThat(tree.get("clockAnchorMillis").asLong()).isEqualTo(CaptureFixture.EPOCH_NANOS / 1_000_000);
    }
}
