package io.callrec.domain.recording;

import io.callrec.domain.validation.InvalidFieldException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a recording's audio is made as: 16-bit PCM WAV ({@code wav}: 8 kHz, 16 kHz when a leg is
 * wideband; 57.6 MB per hour mono at 8 kHz), 8-bit G.711 WAV ({@code wav-alaw} / {@code wav-ulaw},
 * format tags 6 / 7, always 8 kHz: 28.8 MB per hour mono, half of 16-bit PCM, played by every
 * browser and player), or MP3. Chosen per instance ({@code callrec.output.format}) and overridable
 * per customer. The label is what the API shows and the recording stores; the extension and the
 * content type follow from it (every WAV is {@code audio/wav}).
 */
public enum AudioFormat {

    WAV("wav", "wav", "audio/wav"),
    WAV_ALAW("wav-alaw", "wav", "audio/wav"),
    WAV_ULAW("wav-ulaw", "wav", "audio/wav"),
    MP3("mp3", "mp3", "audio/mpeg");

    private final String label;
    private final String extension;
    private final String contentType;

    AudioFormat(String label, String extension, String contentType) {
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of a label, any case, "_" for "-" accepted; {@link InvalidFieldException} on {@code field} otherwise. */
    public static AudioFormat parse(String field, String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (AudioFormat f : values()) {
            if (f.label.equals(wanted)) {
                return f;
            }
        }
        throw new InvalidFieldException(field, "must be one of " + labels() + ", not '" + value + "'");
    }

    /** The format a recording stored under {@code label}; recordings made before G.711 WAV say "wav" or "mp3". */
    public static AudioFormat ofStored(String label) {
        for (AudioFormat f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        return WAV;
    }

    /** "wav, wav-alaw, wav-ulaw, mp3". */
    public static String labels() {
        return Arrays.stream(values()).map(AudioFormat::label).collect(Collectors.joining(", "));
    }
}
