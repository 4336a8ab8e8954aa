package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpusDecodersTest {

    @Test
    void factoryPrefersLibopusWhenItLoads() {
        try (OpusDecoder decoder = OpusDecoders.create(16000)) {
            assertThat(decoder.sampleRate()).isEqualTo(16000);
            assertThat(decoder.implementation()).startsWith(OpusDecoders.libopusAvailable() ? "libopus" : "concentus");
            System.out.println("Opus factory picked: " + decoder.implementation());
        }
    }

    @Test
    void outputRatesOutsideOpusRatesAreRejected() {
        assertThatThrownBy(() -> OpusDecoders.create(44100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpusDecoders.concentus(11025)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxSamplesCoversTheLongestPacketAtTheOutputRate() {
        try (OpusDecoder d8 = OpusDecoders.concentus(8000); OpusDecoder d48 = OpusDecoders.concentus(48000)) {
            assertThat(d8.maxSamples(100)).isEqualTo(960);
            assertThat(d48.maxSamples(100)).isEqualTo(5760);
            assertThat(d8.delaySamples()).isPositive();
            assertThat(d48.delaySamples()).isZero();
        }
    }
}
