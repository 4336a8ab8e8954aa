package io.callrec.media.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to render the capture. {@code sideFile} (optional, null = none) names a file with the call's
 * SDP and metadata for captures without SIP: our JSON side file or rtpengine's recording metadata.
 * {@code callId} (optional) picks one call of a capture holding several; by default the call whose
 * RTP starts first is converted.
 */
public record ConversionOptions(OutputFormat format, Channels channels, Path sideFile, String callId) {

    public ConversionOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channels, "channels");
    }

    public ConversionOptions(OutputFormat format, Channels channels) {
        this(format, channels, null, null);
    }

    /** WAV, mono. */
    public static ConversionOptions defaults() {
        return new ConversionOptions(OutputFormat.WAV, Channels.MONO);
    }

    public ConversionOptions withSideFile(Path file) {
        return new ConversionOptions(format, channels, file, callId);
    }

    public ConversionOptions withCallId(String id) {
        return new ConversionOptions(format, channels, sideFile, id);
    }
}
