package io.callrec.media.codec;

/**
 * Offered by decoders of codecs with their own silence frames (G.729 Annex B SID, G.723.1 Annex A
 * SID and untransmitted frames). After such a frame the sender pauses (DTX) and the RTP timestamp
 * jumps without lost sequence numbers; the receiver is to go on generating comfort noise at the
 * last SID's parameters, which is what {@link AudioDecoder#conceal} then renders.
 */
public interface DiscontinuousTransmission {

    /** True when the last frame decoded was a silence frame, so the sender is in a DTX pause. */
    boolean inComfortNoise();
}
