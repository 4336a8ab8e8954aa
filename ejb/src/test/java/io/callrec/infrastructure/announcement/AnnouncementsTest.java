package io.callrec.infrastructure.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.G711Decoder;
import io.callrec.media.codec.G711Encoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    void rawG711IsTheMediaLibrarysEncodingOfThePcm() {
        short[] pcm = announcements.pcm(Prompt.STOPPED);
        byte[] mu = announcements.g711(Prompt.STOPPED, true, Announcements.Container.RAW);
        byte[] a = announcements.g711(Prompt.STOPPED, false, Announcements.Container.RAW);
        for (int i = 0; i < pcm.length; i++) {
            assertThat(mu[i]).as("µ-law sample %d", i).isEqualTo(G711Encoder.ulaw(pcm[i]));
            assertThat(a[i]).as("A-law sample %d", i).isEqualTo(G711Encoder.alaw(pcm[i]));
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
        assertThat(mu).as("the data chunk is padded to an even size").hasSize(58 + samples + (samples & 1));
        assertThat(Arrays.copyOfRange(mu, 58, 58 + samples))
                .isEqualTo(announcements.g711(Prompt.STOPPED, true, Announcements.Container.RAW));
        assertThat(ByteBuffer.wrap(mu).order(ByteOrder.LITTLE_ENDIAN).getShort(20)).isEqualTo((short) 7);
        assertThat(ByteBuffer.wrap(a).order(ByteOrder.LITTLE_ENDIAN).getShort(20)).isEqualTo((short) 6);
    }
}
