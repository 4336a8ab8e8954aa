package io.callrec.media.codec.opus;

/**
 * One Opus decoder state, mono output, in one of two implementations: libopus through JNA
 * ({@link LibOpusBackend}) or pure-Java Concentus ({@link ConcentusBackend}). Callers pass only
 * packets that {@link OpusPacket} accepted and PCM arrays of at least {@code frameSize} samples.
 */
interface OpusBackend extends AutoCloseable {

    /** Rate the backend decodes at. */
    int rate();

    /**
     * Decodes {@code length} octets from the start of {@code packet}, or conceals {@code frameSize}
     * samples when {@code packet} is null; with {@code fec} the LBRR data of the packet rebuilds
     * the previous one. Returns samples written or a negative libopus error code; never throws.
     */
    int decode(byte[] packet, int length, short[] pcm, int frameSize, boolean fec);

    /** "libopus 1.3.1" or "concentus". */
    String name();

    @Override
    void close();
}
