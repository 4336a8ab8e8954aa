package io.callrec.infrastructure.storage;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.OutputFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The audio this instance produces, from system properties: {@code callrec.output.format} = wav
 * (default) or mp3, {@code callrec.output.channels} = mono (default) or stereo (caller left),
 * {@code callrec.output.mp3-kbps} = the MP3 bit rate (default: at most 30 MB per hour). An
 * unknown value stops the conversion with a clear message instead of silently picking a default.
 */
@ApplicationScoped
public class OutputSettings {

    static final String FORMAT_PROPERTY = "callrec.output.format";
    static final String CHANNELS_PROPERTY = "callrec.output.channels";
    static final String MP3_KBPS_PROPERTY = "callrec.output.mp3-kbps";

    public ConversionOptions conversionOptions() {
        return new ConversionOptions(format(), channels()).withMp3Kbps(mp3Kbps());
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

    /** File extension of the audio files, which is also the format name stored with the recording. */
    public String extension() {
        return format() == OutputFormat.MP3 ? "mp3" : "wav";
    }

    OutputFormat format() {
        return parse(OutputFormat.class, FORMAT_PROPERTY, "wav");
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
