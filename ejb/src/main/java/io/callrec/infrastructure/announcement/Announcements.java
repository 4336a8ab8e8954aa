package io.callrec.infrastructure.announcement;

import io.callrec.media.codec.G711Encoder;
import io.callrec.media.wav.WavEncoding;
import io.callrec.media.wav.WavWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The packaged announcements, loaded once: 16-bit PCM at 8 kHz for mixing into recordings, and G.711
 * µ-law / A-law (raw or in a WAVE file) for the switch to play in-band.
 */
@ApplicationScoped
public class Announcements {

    public static final int SAMPLE_RATE = 8000;

    /** How the switch wants a prompt: raw G.711 bytes, or those bytes in a WAVE file (format tag 7 / 6). */
    public enum Container { RAW, WAV }

    private final Map<Prompt, short[]> pcm = new EnumMap<>(Prompt.class);

    public Announcements() {
        for (Prompt p : Prompt.values()) {
            pcm.put(p, load(p));
        }
    }

    /** A copy of the prompt's 16-bit PCM samples at {@link #SAMPLE_RATE}. */
    public short[] pcm(Prompt prompt) {
        return pcm.get(prompt).clone();
    }

    /** The prompt in G.711, encoded (and wrapped in a WAVE file) by the media library, as recordings are. */
    public byte[] g711(Prompt prompt, boolean muLaw, Container container) {
        short[] samples = pcm.get(prompt);
        if (container == Container.WAV) {
            return WavWriter.inMemory(samples, SAMPLE_RATE, 1, muLaw ? WavEncoding.ULAW : WavEncoding.ALAW);
        }
        byte[] coded = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            coded[i] = muLaw ? G711Encoder.ulaw(samples[i]) : G711Encoder.alaw(samples[i]);
        }
        return coded;
    }

    static short[] load(Prompt prompt) {
        try (InputStream in = Announcements.class.getResourceAsStream(prompt.resource())) {
            if (in == null) {
                throw new IllegalStateException("announcement " + prompt.resource() + " is not packaged");
            }
            PcmWav.Audio audio = PcmWav.read(in);
            if (audio.sampleRate() != SAMPLE_RATE) {
                throw new IllegalStateException(prompt.resource() + " is at " + audio.sampleRate() + " Hz, not " + SAMPLE_RATE);
            }
            return audio.samples();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read announcement " + prompt.resource(), e);
        }
    }
}
