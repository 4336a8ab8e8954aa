package io.callrec.infrastructure.storage;

import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.OutputFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The audio this instance produces, from system properties: {@code callrec.output.format} = wav
 * (default), wav-alaw, wav-ulaw or mp3 ({@link AudioFormat}; a customer may override it),
 * {@code callrec.output.channels} = mono (default) or stereo (caller left),
 * {@code callrec.output.mp3-kbps} = the MP3 bit rate (default: at most 30 MB per hour),
 * {@code callrec.output.mp3-quality} = LAME's algorithm quality, 0 (best) .. 9 (fastest), default 3;
 * 7 drops LAME's noise shaping and encodes about twice as fast (BENCHMARKS.md, MP3 encoder quality). An
 * unknown value stops the conversion with a clear message instead of silently picking a default.
 */
@ApplicationScoped
public class OutputSettings {

    static final String FORMAT_PROPERTY = "callrec.output.format";
    static final String CHANNELS_PROPERTY = "callrec.output.channels";
    static final String MP3_KBPS_PROPERTY = "callrec.output.mp3-kbps";
    static final String MP3_QUALITY_PROPERTY = "callrec.output.mp3-quality";

    /** The options for this instance's own format. */
    public ConversionOptions conversionOptions() {
        return conversionOptions(format());
    }

    /** The options for {@code format} (a customer's, or this instance's), with this instance's channels and MP3 rate. */
    public ConversionOptions conversionOptions(AudioFormat format) {
        return new ConversionOptions(engineFormat(format), channels()).withMp3Kbps(mp3Kbps())
                .withMp3Quality(mp3Quality());
    }

    int mp3Kbps() {
        String value = System.getProperty(MP3_KBPS_PROPERTY, "0").trim();
        try {
            int kbps = Integer.parseInt(value);
            if (kbps >= 0) {
                return kbps;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("system property " + MP3_KBPS_PROPERTY
                + " must be a bit rate in kbit/s (e.g. 32), not '" + value + "'");
    }

    int mp3Quality() {
        String value = System.getProperty(MP3_QUALITY_PROPERTY);
        if (value == null) {
            return -1;
        }
        if (value.trim().matches("[0-9]")) {
            return Integer.parseInt(value.trim());
        }
        throw new IllegalStateException("system property " + MP3_QUALITY_PROPERTY
                + " must be LAME's quality, 0 (best) to 9 (fastest), not '" + value + "'");
    }

    /** This instance's format, {@code callrec.output.format}. */
    public AudioFormat format() {
        try {
            return AudioFormat.parse(FORMAT_PROPERTY, System.getProperty(FORMAT_PROPERTY, "wav"));
        } catch (InvalidFieldException e) {
            throw new IllegalStateException("system property " + FORMAT_PROPERTY + " " + e.problem(), e);
        }
    }

    static OutputFormat engineFormat(AudioFormat format) {
        return switch (format) {
            case WAV -> OutputFormat.WAV;
            case WAV_ALAW -> OutputFormat.WAV_ALAW;
            case WAV_ULAW -> OutputFormat.WAV_ULAW;
            case MP3 -> OutputFormat.MP3;
        };
    }

    Channels channels() {
        return parse(Channels.class, CHANNELS_PROPERTY, "mono");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String property, String fallback) {
        String value = System.getProperty(property, fallback).trim().toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("system property " + property + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '" + value + "'");
        }
    }
}
