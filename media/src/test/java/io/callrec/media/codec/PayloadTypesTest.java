package io.callrec.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadTypesTest {

    private static final byte[] DTMF_5_END = {5, (byte) 0x8A, 0x03, 0x20};

    @Test
    void staticG711TypesAreAudioWithDecoders() {
        assertThat(PayloadTypes.classify(0, new byte[160], 0, 160)).isEqualTo(PayloadKind.AUDIO);
        assertThat(PayloadTypes.classify(8, new byte[160], 0, 160)).isEqualTo(PayloadKind.AUDIO);
        assertThat(PayloadTypes.newDecoder(0)).isNotNull();
        assertThat(PayloadTypes.newDecoder(3)).isNull();
        assertThat(PayloadTypes.name(0, PayloadKind.AUDIO)).isEqualTo("PCMU");
        assertThat(PayloadTypes.name(8, PayloadKind.AUDIO)).isEqualTo("PCMA");
    }

    @Test
    void comfortNoiseIsNotAudio() {
        assertThat(PayloadTypes.classify(13, new byte[] {40}, 0, 1)).isEqualTo(PayloadKind.COMFORT_NOISE);
    }

    @Test
    void fourByteEventShapeOnDynamicTypeIsDtmf() {
        assertThat(PayloadTypes.classify(101, DTMF_5_END, 0, 4)).isEqualTo(PayloadKind.EVENT);
        assertThat(PayloadTypes.name(101, PayloadKind.EVENT)).isEqualTo("telephone-event");
    }

    @Test
    void dynamicTypeThatIsNotAnEventIsUnsupported() {
        assertThat(PayloadTypes.classify(99, new byte[80], 0, 80)).isEqualTo(PayloadKind.UNSUPPORTED);
        assertThat(PayloadTypes.classify(101, new byte[] {(byte) 200, 0, 0, 0}, 0, 4)).isEqualTo(PayloadKind.UNSUPPORTED);
        assertThat(PayloadTypes.name(99, PayloadKind.UNSUPPORTED)).isEqualTo("PT99");
    }

    @Test
    void staticG7231AndG729TypesAreAudioWithTheirDecoders() {
        assertThat(PayloadTypes.classify(4, new byte[24], 0, 24)).isEqualTo(PayloadKind.AUDIO);
        assertThat(PayloadTypes.classify(18, new byte[20], 0, 20)).isEqualTo(PayloadKind.AUDIO);
        assertThat(PayloadTypes.classify(18, new byte[2], 0, 2)).as("Annex B SID").isEqualTo(PayloadKind.AUDIO);
        assertThat(PayloadTypes.newDecoder(4)).isInstanceOf(io.callrec.media.codec.g7231.G7231Decoder.class);
        assertThat(PayloadTypes.newDecoder(18)).isInstanceOf(io.callrec.media.codec.g729.G729Decoder.class);
        assertThat(PayloadTypes.newDecoder(18)).isNotSameAs(PayloadTypes.newDecoder(18));
        assertThat(PayloadTypes.name(4, PayloadKind.AUDIO)).isEqualTo("G723");
        assertThat(PayloadTypes.name(18, PayloadKind.AUDIO)).isEqualTo("G729");
        assertThat(PayloadTypes.clockRate(4)).isEqualTo(8000);
        assertThat(PayloadTypes.clockRate(18)).isEqualTo(8000);
    }

    @Test
    void g722IsAudioAt16KilohertzOnAn8000HzRtpClock() {
        assertThat(PayloadTypes.classify(9, new byte[160], 0, 160)).isEqualTo(PayloadKind.AUDIO);
        assertThat(PayloadTypes.newDecoder(9)).isInstanceOf(io.callrec.media.codec.g722.G722Decoder.class);
        assertThat(PayloadTypes.outputRate(9)).isEqualTo(16000);
        assertThat(PayloadTypes.clockRate(9)).isEqualTo(8000);
        assertThat(PayloadTypes.outputRate(0)).isEqualTo(8000);
        assertThat(PayloadTypes.outputRate(3)).isZero();
    }

    @Test
    void staticClockRatesAndNamesFollowRfc3551Table4() {
        assertThat(PayloadTypes.clockRate(6)).as("DVI4 wideband").isEqualTo(16000);
        assertThat(PayloadTypes.clockRate(16)).isEqualTo(11025);
        assertThat(PayloadTypes.clockRate(17)).isEqualTo(22050);
        assertThat(PayloadTypes.clockRate(10)).isEqualTo(44100);
        assertThat(PayloadTypes.clockRate(34)).isEqualTo(90000);
        assertThat(PayloadTypes.clockRate(19)).as("reserved").isZero();
        assertThat(PayloadTypes.clockRate(96)).as("dynamic").isZero();
        assertThat(PayloadTypes.name(34, PayloadKind.UNSUPPORTED)).isEqualTo("H263");
        assertThat(PayloadTypes.name(20, PayloadKind.UNSUPPORTED)).isEqualTo("PT20");
    }

    @Test
    void staticTypesWithoutDecoderAreUnsupportedButNamed() {
        assertThat(PayloadTypes.classify(3, new byte[33], 0, 33)).isEqualTo(PayloadKind.UNSUPPORTED);
        assertThat(PayloadTypes.hasDecoder(3)).isFalse();
        assertThat(PayloadTypes.name(3, PayloadKind.UNSUPPORTED)).isEqualTo("GSM");
        assertThat(PayloadTypes.name(15, PayloadKind.UNSUPPORTED)).isEqualTo("G728");
    }
}
