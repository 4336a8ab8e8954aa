package io.callrec.media.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to render the capture. {@code sideFile} (optional, null = none) names a file with the call's
 * SDP and metadata for captures without SIP: our JSON side file or rtpengine's recording metadata.
 * {@code callId} (optional) picks one call of a capture holding several; by default the call whose
 * RTP starts first is converted. {@code spans} (null = the whole call) keeps only the audio inside
 * these capture-clock intervals, concatenated in order; {@code prompts} are mixed into the output.
 */
public record ConversionOptions(OutputFormat format, Channels channels, Path sideFile, String callId,
                                List<TimeSpan> spans, List<Prompt> prompts) {

    public ConversionOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channels, "channels");
        spans = spans == null ? null : List.copyOf(spans);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }

    public ConversionOptions(OutputFormat format, Channels channels, Path sideFile, String callId) {
        this(format, channels, sideFile, callId, null, List.of());
    }

    public ConversionOptions(OutputFormat format, Channels channels) {
        this(format, channels, null, null);
    }

    /** WAV, mono. */
    public static ConversionOptions defaults() {
        return new ConversionOptions(OutputFormat.WAV, Channels.MONO);
    }

    public ConversionOptions withSideFile(Path file) {
        return new ConversionOptions(format, channels, file, callId, spans, prompts);
    }

    public ConversionOptions withCallId(String id) {
        return new ConversionOptions(format, channels, sideFile, id, spans, prompts);
    }

    /**
     * Only the audio inside {@code recorded} reaches the output (an empty list gives an empty
     * recording); the parts between spans are dropped while mixing, never written anywhere.
     */
    public ConversionOptions withSpans(List<TimeSpan> recorded) {
        return new ConversionOptions(format, channels, sideFile, callId, recorded, prompts);
    }

    public ConversionOptions withPrompts(List<Prompt> mixed) {
        return new ConversionOptions(format, channels, sideFile, callId, spans, mixed);
    }
}
