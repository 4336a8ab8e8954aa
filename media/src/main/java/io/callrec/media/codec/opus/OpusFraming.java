package io.callrec.media.codec.opus;

/**
 * Public face of {@link OpusPacket}'s framing checks, for code that must tell whether a payload
 * could be an Opus packet before any decoder exists (the engine's guess for unbound dynamic types).
 */
public final class OpusFraming {

    private OpusFraming() {
    }

    /** True when the payload is a well-formed Opus packet: TOC and framing per RFC 6716 §3.1-§3.4 (R1-R7). */
    public static boolean valid(byte[] b, int off, int len) {
        return OpusPacket.samples48k(b, off, len) > 0;
    }

    /**
     * The sample rate the packet's coded audio bandwidth needs (8, 12, 16, 24 or 48 kHz, RFC 6716 §2),
     * or 0 when the payload is not a well-formed Opus packet.
     */
    public static int codedRate(byte[] b, int off, int len) {
        return valid(b, off, len) ? OpusPacket.codedRate(b[off]) : 0;
    }
}
