package io.callrec.media.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * An announcement to mix into every channel of the output, as 8 kHz 16-bit mono PCM. {@code at} is
 * a capture-clock instant: at a span's start the prompt begins with the span, at a span's end it
 * ends with it (see {@link ConversionOptions#withSpans}).
 */
public record MixedPrompt(Instant at, short[] pcm8k) {

    public static final int RATE = 8000;

    public MixedPrompt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pcm8k, "pcm8k");
    }
}
