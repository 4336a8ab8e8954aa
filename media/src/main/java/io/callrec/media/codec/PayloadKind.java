package io.callrec.media.codec;

/** What an RTP payload means for the audio timeline. */
public enum PayloadKind {
    /** Decodable audio. */
    AUDIO,
    /** Comfort noise (RFC 3389, PT 13): its level drives generated noise in the gap it covers. */
    COMFORT_NOISE,
    /** Telephone event (RFC 4733): not audio, never decoded. */
    EVENT,
    /** Known or unknown payload we cannot decode; counted and skipped. */
    UNSUPPORTED
}
