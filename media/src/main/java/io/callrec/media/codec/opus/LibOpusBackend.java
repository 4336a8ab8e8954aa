package io.callrec.media.codec.opus;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * libopus decoder state plus native packet and PCM buffers, all freed by {@link #close()}
 * (idempotent). Only the packet octets go in and only the decoded samples come back per call.
 */
final class LibOpusBackend implements OpusBackend {

    private final int rate;
    private final int maxFrame;
    private Pointer state;
    private Memory packetMemory;
    private Memory pcmMemory;

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
        this.maxFrame = OpusPacket.MAX_SAMPLES_48K * rate / 48000;
        this.packetMemory = new Memory(OpusPacket.MAX_PACKET_BYTES);
        this.pcmMemory = new Memory(2L * maxFrame);
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public int decode(byte[] packet, int length, short[] pcm, int frameSize, boolean fec) {
        // Bounds are checked here so that libopus never reads or writes past its native buffers.
        if (state == null || frameSize <= 0 || frameSize > pcm.length || frameSize > maxFrame
                || (packet != null && (length <= 0 || length > packet.length || length > packetMemory.size()))) {
            return LibOpus.OPUS_BAD_ARG;
        }
        if (packet != null) {
            packetMemory.write(0, packet, 0, length);
        }
        int n = LibOpus.opus_decode(state, packet == null ? null : packetMemory, packet == null ? 0 : length,
                pcmMemory, frameSize, fec ? 1 : 0);
        if (n > 0) {
            pcmMemory.read(0, pcm, 0, Math.min(n, frameSize));
        }
        return n;
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
            packetMemory.close();
            pcmMemory.close();
            packetMemory = null;
            pcmMemory = null;
        }
    }
}
