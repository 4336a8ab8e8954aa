package io.callrec.media.codec;

/**
 * Turns one RTP payload into 16-bit linear PCM. Instances may keep state between packets of one
 * stream (predictors, PLC history), so every leg uses its own instance. Implementations must not
 * allocate per call; the caller supplies the output array.
 */
public interface AudioDecoder {

    /** Output sample rate in Hz. */
    int sampleRate();

    /** Upper bound of samples {@link #decode} may produce for a payload of this many bytes. */
    int maxSamples(int payloadLength);

    /** Decodes {@code length} payload bytes into {@code out} from {@code outOffset}; returns samples written. */
    int decode(byte[] payload, int offset, int length, short[] out, int outOffset);

    /** Fills {@code samples} samples for lost audio (packet loss concealment); returns samples written. */
    int conceal(short[] out, int outOffset, int samples);

    /**
     * Samples by which the output lags the payload's timestamp (a resampler inside the decoder); the
     * timeline places the leg that much earlier. 0 for decoders that output at their own rate.
     */
    default int delaySamples() {
        return 0;
    }
}
