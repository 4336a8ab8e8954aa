package io.callrec.media.engine;

import java.util.Objects;

/** How to render the capture. */
public record ConversionOptions(OutputFormat format, Channels channels) {

    public ConversionOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channels, "channels");
    }

    /** WAV, mono. */
    public static ConversionOptions defaults() {
        return new ConversionOptions(OutputFormat.WAV, Channels.MONO);
    }
}
