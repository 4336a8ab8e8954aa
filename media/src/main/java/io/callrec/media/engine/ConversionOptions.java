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
 * {@code mp3Kbps} is the MP3 bit rate (0 = the default for the output's rate and channels, at most
 * 30 MB per hour); {@code mp3Quality} LAME's algorithm quality, 0 (best, slowest) to 9 (-1 = the
 * default, 3; see {@link io.callrec.media.mp3.Mp3Settings}).
 */
public record ConversionOptions(OutputFormat format, Channels channels, Path sideFile, String callId,
                                List<TimeSpan> spans, List<MixedPrompt> prompts, int mp3Kbps,
                                int mp3Quality) {

    public ConversionOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channels, "channels");
        spans = spans == null ? null : List.copyOf(spans);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        if (mp3Kbps < 0) {
            throw new IllegalArgumentException("MP3 bit rate must be positive, or 0 for the default: " + mp3Kbps);
        }
        if (mp3Quality < -1 || mp3Quality > 9) {
            throw new IllegalArgumentException("LAME quality must be 0..9, or -1 for the default: " + mp3Quality);
        }
    }

    public ConversionOptions(OutputFormat format, Channels channels, Path sideFile, String callId) {
        this(format, channels, sideFile, callId, null, List.of(), 0, -1);
    }

    public ConversionOptions(OutputFormat format, Channels channels) {
        this(format, channels, null, null);
    }

    /** WAV, mono. */
    public static ConversionOptions defaults() {
        return new ConversionOptions(OutputFormat.WAV, Channels.MONO);
    }

    public ConversionOptions withSideFile(Path file) {
        return new ConversionOptions(format, channels, file, callId, spans, prompts, mp3Kbps, mp3Quality);
    }

    public ConversionOptions withCallId(String id) {
        return new ConversionOptions(format, channels, sideFile, id, spans, prompts, mp3Kbps, mp3Quality);
    }

    /**
     * Only the audio inside {@code recorded} reaches the output (an empty list gives an empty
     * recording); audio captured outside them is refused before the legs' temporary files and so is
     * never written anywhere, and the mix is cut to the spans' frames.
     */
    public ConversionOptions withSpans(List<TimeSpan> recorded) {
        return new ConversionOptions(format, channels, sideFile, callId, recorded, prompts, mp3Kbps, mp3Quality);
    }

    public ConversionOptions withPrompts(List<MixedPrompt> mixed) {
        return new ConversionOptions(format, channels, sideFile, callId, spans, mixed, mp3Kbps, mp3Quality);
    }

    /** The MP3 bit rate in kbit/s (0 = the default); checked against the encoder's rates when writing. */
    public ConversionOptions withMp3Kbps(int kbps) {
        return new ConversionOptions(format, channels, sideFile, callId, spans, prompts, kbps, mp3Quality);
    }

    /** LAME's algorithm quality, 0..9 (-1 = the default): 7 encodes about twice as fast as 3, without noise shaping. */
    public ConversionOptions withMp3Quality(int quality) {
        return new ConversionOptions(format, channels, sideFile, callId, spans, prompts, mp3Kbps, quality);
    }
}
