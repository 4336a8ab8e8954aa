package io.callrec.media.codec;

/**
 * Optional capability of an {@link AudioDecoder} whose payloads carry in-band forward error
 * correction for the previous packet (Opus LBRR, RFC 6716 §2.1.7 and RFC 7587). When one packet
 * is lost and the next has arrived, the engine calls {@link #decodeFec} with the NEXT packet to
 * rebuild the lost audio, then decodes the next packet normally with {@link AudioDecoder#decode}.
 * For longer gaps only the last missing packet can be recovered; conceal the earlier ones first.
 */
public interface FecDecoder {

    /**
     * Writes {@code samples} samples (the duration of the lost audio, at the decoder's output rate)
     * rebuilt from the FEC data in {@code nextPayload}; falls back to loss concealment when the
     * payload carries none. Returns the samples written.
     */
    int decodeFec(byte[] nextPayload, int offset, int length, short[] out, int outOffset, int samples);

    /** Lost packets rebuilt from FEC data so far (not those {@link #decodeFec} had to conceal). */
    long fecRecovered();
}
