package io.callrec.media.codec.opus;

import com.sun.jna.Pointer;

/** libopus decoder state in native memory, freed by {@link #close()} (idempotent). */
final class LibOpusBackend implements OpusBackend {

    private final int rate;
    private Pointer state;

    LibOpusBackend(int rate) {
        if (!LibOpus.AVAILABLE) {
            throw new IllegalStateException("libopus not loadable: " + LibOpus.LOAD_FAILURE);
        }
        int[] error = new int[1];
        Pointer st = LibOpus.opus_decoder_create(rate, 1, error);
        if (st == null || error[0] != LibOpus.OPUS_OK) {
            if (st != null) {
                LibOpus.opus_decoder_destroy(st);
            }
            throw new IllegalStateException("opus_decoder_create(" + rate + ", 1) failed: " + error[0]);
        }
        this.rate = rate;
        this.state = st;
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public int decode(byte[] packet, int length, short[] pcm, int frameSize, boolean fec) {
        // The array bounds are checked here so libopus never reads or writes past them.
        if (state == null || frameSize <= 0 || frameSize > pcm.length
                || (packet != null && (length <= 0 || length > packet.length))) {
            return LibOpus.OPUS_BAD_ARG;
        }
        return LibOpus.opus_decode(state, packet, packet == null ? 0 : length, pcm, frameSize, fec ? 1 : 0);
    }

    @Override
    public String name() {
        return LibOpus.opus_get_version_string();
    }

    @Override
    public synchronized void close() {
        if (state != null) {
            LibOpus.opus_decoder_destroy(state);
            state = null;
        }
    }
}
