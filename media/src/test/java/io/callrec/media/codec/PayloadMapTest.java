package io.callrec.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadMapTest {

    private final PayloadMap sdp = PayloadMap.builder()
            .bind(96, "PCMA", 8000)
            .bind(97, "telephone-event", 8000)
            .bind(98, "CN", 8000)
            .bind(99, "AMR-WB", 16000)
            .bind(0, "PCMA", 8000)
            .bind(100, "PCMU", 16000)
            .build();

    @Test
    void dynamicTypeBoundToAStaticEncodingDecodesAsThatEncoding() {
        assertThat(sdp.classify(96, new byte[160], 0, 160)).isEqualTo(PayloadKind.AUDIO);
        assertThat(sdp.newDecoder(96)).isNotNull();
        assertThat(sdp.name(96, PayloadKind.AUDIO)).isEqualTo("PCMA");
        assertThat(sdp.clockRate(96)).isEqualTo(8000);
    }

    @Test
    void dynamicTypesBoundToG729OrG7231DecodeWithThoseDecoders() {
        PayloadMap map = PayloadMap.builder().bind(101, "G729", 8000).bind(102, "G729A", 8000)
                .bind(103, "G723", 8000).build();
        assertThat(map.classify(101, new byte[20], 0, 20)).isEqualTo(PayloadKind.AUDIO);
        assertThat(map.newDecoder(101)).isInstanceOf(io.callrec.media.codec.g729.G729Decoder.class);
        assertThat(map.newDecoder(102)).isInstanceOf(io.callrec.media.codec.g729.G729Decoder.class);
        assertThat(map.newDecoder(103)).isInstanceOf(io.callrec.media.codec.g7231.G7231Decoder.class);
        assertThat(map.name(102, PayloadKind.AUDIO)).isEqualTo("G729");
        assertThat(map.name(103, PayloadKind.AUDIO)).isEqualTo("G723");
    }

    @Test
    void opusOnItsRfc7587ClockDecodesAt16Kilohertz() throws Exception {
        PayloadMap map = PayloadMap.builder().bind(111, "opus", 48000).bind(112, "opus", 16000).build();
        assertThat(map.classify(111, new byte[60], 0, 60)).isEqualTo(PayloadKind.AUDIO);
        assertThat(map.outputRate(111)).isEqualTo(PayloadMap.OPUS_OUTPUT_RATE).isEqualTo(16000);
        assertThat(map.clockRate(111)).isEqualTo(48000);
        assertThat(map.name(111, PayloadKind.AUDIO)).isEqualTo("opus");
        try (var decoder = (io.callrec.media.codec.opus.OpusDecoder) map.newDecoder(111)) {
            assertThat(decoder.sampleRate()).isEqualTo(16000);
        }
        // RFC 7587 §7: the clock is always 48000; another rate is not Opus as specified.
        assertThat(map.classify(112, new byte[60], 0, 60)).isEqualTo(PayloadKind.UNSUPPORTED);
        assertThat(map.newDecoder(112)).isNull();
    }

    @Test
    void opusDecodesForItsCodedBandwidthAndNarrowbandIsANarrowbandLeg() throws Exception {
        PayloadMap map = PayloadMap.builder().bind(111, "opus", 48000).bind(0, "PCMU", 8000).build();
        PayloadMap narrow = map.withOpusCodedRate(111, 8000);
        PayloadMap wide = map.withOpusCodedRate(111, 16000);
        PayloadMap full = map.withOpusCodedRate(111, 48000);

        assertThat(narrow.outputRate(111)).isEqualTo(8000);
        assertThat(wide.outputRate(111)).isEqualTo(16000);
        assertThat(full.outputRate(111)).isEqualTo(16000);
        assertThat(narrow.isOpus(111)).isTrue();
        assertThat(narrow.isOpus(0)).isFalse();
        assertThat(map.withOpusCodedRate(0, 8000).outputRate(0)).isEqualTo(8000);
        try (var n = (io.callrec.media.codec.opus.OpusDecoder) narrow.newDecoder(111);
             var w = (io.callrec.media.codec.opus.OpusDecoder) wide.newDecoder(111);
             var f = (io.callrec.media.codec.opus.OpusDecoder) full.newDecoder(111)) {
            // decoded natively at the coded rate: no resampler, no delay; fullband goes through one
            assertThat(n.sampleRate()).isEqualTo(8000);
            assertThat(n.delaySamples()).isZero();
            assertThat(w.delaySamples()).isZero();
            assertThat(f.sampleRate()).isEqualTo(16000);
            assertThat(f.delaySamples()).isPositive();
        }
    }

    @Test
    void eventsAndComfortNoiseAreClassifiedByName() {
        assertThat(sdp.classify(97, new byte[160], 0, 160)).isEqualTo(PayloadKind.EVENT);
        assertThat(sdp.classify(98, new byte[1], 0, 1)).isEqualTo(PayloadKind.COMFORT_NOISE);
        assertThat(sdp.name(98, PayloadKind.COMFORT_NOISE)).isEqualTo("CN");
    }

    @Test
    void encodingsWithoutADecoderOrWithAnotherClockAreUnsupported() {
        assertThat(sdp.classify(99, new byte[40], 0, 40)).isEqualTo(PayloadKind.UNSUPPORTED);
        assertThat(sdp.newDecoder(99)).isNull();
        assertThat(sdp.name(99, PayloadKind.UNSUPPORTED)).isEqualTo("AMR-WB");
        assertThat(sdp.classify(100, new byte[160], 0, 160)).isEqualTo(PayloadKind.UNSUPPORTED);
    }

    @Test
    void sdpMayRebindAStaticNumberAndUnboundNumbersFallBackToRfc3551() {
        assertThat(sdp.name(0, PayloadKind.AUDIO)).isEqualTo("PCMA");
        assertThat(sdp.bound(8)).isFalse();
        assertThat(sdp.classify(8, new byte[160], 0, 160)).isEqualTo(PayloadKind.AUDIO);
        assertThat(PayloadMap.STATIC.classify(96, new byte[160], 0, 160)).isEqualTo(PayloadKind.UNSUPPORTED);
        assertThat(PayloadMap.STATIC.classify(101, new byte[] {1, 0, 0, 80}, 0, 4)).isEqualTo(PayloadKind.EVENT);
    }
}
