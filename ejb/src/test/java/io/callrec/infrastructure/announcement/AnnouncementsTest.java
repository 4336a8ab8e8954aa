package io.callrec.infrastructure.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.G711Decoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnnouncementsTest {

    private final Announcements announcements = new Announcements();

    @Test
    void packagedPromptsAreAudibleSpeechOfAboutTwoSeconds() {
        for (Prompt p : Prompt.values()) {
            short[] pcm = announcements.pcm(p);
            assertThat(pcm.length).as(p.name()).isBetween(8000, 24000);
            long energy = 0;
            for (short s : pcm) {
                energy += (long) s * s;
            }
            assertThat(Math.sqrt((double) energy / pcm.length)).as("RMS of " + p).isGreaterThan(1000);
        }
    }

    @Test
    void muLawAndALawDecodeBackCloseToThePcm() {
        short[] pcm = announcements.pcm(Prompt.STARTED);
        assertRoundTrip(pcm, announcements.g711(Prompt.STARTED, true, Announcements.Container.RAW), G711Decoder.ulaw());
        assertRoundTrip(pcm, announcements.g711(Prompt.STARTED, false, Announcements.Container.RAW), G711Decoder.alaw());
    }

    private static void assertRoundTrip(short[] pcm, byte[] coded, G711Decoder decoder) {
        assertThat(coded).hasSize(pcm.length);
        short[] back = new short[pcm.length];
        decoder.decode(coded, 0, coded.length, back, 0);
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < pcm.length; i++) {
            signal += (double) pcm[i] * pcm[i];
            noise += (double) (pcm[i] - back[i]) * (pcm[i] - back[i]);
        }
        double snr = 10 * Math.log10(signal / noise);
        assertThat(snr).as("G.711 SNR dB").isGreaterThan(30);
    }

    @Test
    void compressorHitsTheLawsReferencePoints() {
        assertThat(G711Compressor.ulaw((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711Compressor.ulaw((short) 32767)).isEqualTo((byte) 0x80);
        assertThat(G711Compressor.ulaw((short) -32768)).isEqualTo((byte) 0x00);
        assertThat(G711Compressor.alaw((short) 0)).isEqualTo((byte) 0xD5);
        assertThat(G711Compressor.alaw((short) 32767)).isEqualTo((byte) 0xAA);
        assertThat(G711Compressor.alaw((short) -32768)).isEqualTo((byte) 0x2A);
    }

    @Test
    void everyCodeSurvivesDecodeThenEncode() {
        short[] linear = new short[256];
        byte[] codes = new byte[256];
        for (int c = 0; c < 256; c++) {
            codes[c] = (byte) c;
        }
        G711Decoder.ulaw().decode(codes, 0, 256, linear, 0);
        for (int c = 0; c < 256; c++) {
            if (c != 0x7F) { // µ-law has two zeros (0x7F and 0xFF); both decode to 0, which encodes as 0xFF
                assertThat(G711Compressor.ulaw(linear[c]) & 0xFF).as("µ-law code %02x", c).isEqualTo(c);
            }
        }
        G711Decoder.alaw().decode(codes, 0, 256, linear, 0);
        for (int c = 0; c < 256; c++) {
            assertThat(G711Compressor.alaw(linear[c]) & 0xFF).as("A-law code %02x", c).isEqualTo(c);
        }
    }

    @Test
    void wavContainerCarriesFormatTag7ForMuLawAnd6ForALaw() {
        byte[] mu = announcements.g711(Prompt.STOPPED, true, Announcements.Container.WAV);
        byte[] a = announcements.g711(Prompt.STOPPED, false, Announcements.Container.WAV);
        int samples = announcements.pcm(Prompt.STOPPED).length;
        for (byte[] wav : new byte[][] {mu, a}) {
            ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(b.getInt(4)).isEqualTo(wav.length - 8);
            assertThat(b.getInt(24)).as("rate").isEqualTo(8000);
            assertThat(b.getShort(34)).as("bits").isEqualTo((short) 8);
            assertThat(new String(wav, 50, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
            assertThat(b.getInt(54)).isEqualTo(samples);
        }
        assertThat(ByteBuffer.wrap(mu).order(ByteOrder.LITTLE_ENDIAN).getShort(20)).isEqualTo((short) 7);
        assertThat(ByteBuffer.wrap(a).order(ByteOrder.LITTLE_ENDIAN).getShort(20)).isEqualTo((short) 6);
    }
}
