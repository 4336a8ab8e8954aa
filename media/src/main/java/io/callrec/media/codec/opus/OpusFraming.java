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
}
