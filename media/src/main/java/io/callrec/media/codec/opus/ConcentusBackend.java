package io.callrec.media.codec.opus;

import io.github.jaredmdobson.concentus.OpusException;

/**
 * Pure-Java Concentus decoder at one of Opus' rates. Concentus returns silence for hybrid packets
 * decoded below 48 kHz, so {@link OpusDecoders} asks for lower rates only for streams coded no wider
 * than wideband (SILK or CELT alone).
 */
final class ConcentusBackend implements OpusBackend {

    private final io.github.jaredmdobson.concentus.OpusDecoder decoder;
    private final int rate;

    ConcentusBackend(int rate) {
        try {
            decoder = new io.github.jaredmdobson.concentus.OpusDecoder(rate, 1);
            this.rate = rate;
        } catch (OpusException e) {
            throw new IllegalStateException("Concentus decoder creation failed", e);
        }
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public int decode(byte[] packet, int length, short[] pcm, int frameSize, boolean fec) {
        if (frameSize <= 0 || frameSize > pcm.length || (packet != null && (length <= 0 || length > packet.length))) {
            return LibOpus.OPUS_BAD_ARG;
        }
        try {
            return decoder.decode(packet, 0, packet == null ? 0 : length, pcm, 0, frameSize, fec);
        } catch (OpusException e) {
            return LibOpus.OPUS_INVALID_PACKET;
        } catch (RuntimeException | AssertionError e) {
            // Concentus' internal checks (Inlines.OpusAssert throws AssertionError) or a bug on hostile
            // input: start from a clean state rather than a half-updated one.
            decoder.resetState();
            return LibOpus.OPUS_INTERNAL_ERROR;
        }
    }

    @Override
    public String name() {
        return "concentus";
    }

    @Override
    public void close() {
        // Heap-only state: nothing to release.
    }
}
