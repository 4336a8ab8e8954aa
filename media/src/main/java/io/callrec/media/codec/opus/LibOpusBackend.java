package io.callrec.media.codec.opus;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;

/**
 * libopus decoder state plus native packet and PCM buffers. Only the packet octets go in and only
 * the decoded samples come back per call. {@link #close()} frees everything (idempotent); a
 * {@link Cleaner} does the same if an instance is dropped unclosed, so a forgotten close cannot
 * leak native memory for the life of the server.
 */
final class LibOpusBackend implements OpusBackend {

    private static final Cleaner CLEANER = Cleaner.create();

    private final int rate;
    private final int maxFrame;
    private final NativeState nativeState;
    private final Cleaner.Cleanable cleanable;

    /** The native resources, kept apart from the backend so that the cleaner does not keep it reachable. */
    private static final class NativeState implements Runnable {
        Pointer decoder;
        final Memory packet = new Memory(OpusPacket.MAX_PACKET_BYTES);
        final Memory pcm;

        NativeState(Pointer decoder, int maxFrame) {
            this.decoder = decoder;
            this.pcm = new Memory(2L * maxFrame);
        }

        @Override
        public synchronized void run() {
            if (decoder != null) {
                LibOpus.opus_decoder_destroy(decoder);
                decoder = null;
                packet.close();
                pcm.close();
            }
        }
    }

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
        this.maxFrame = OpusPacket.MAX_SAMPLES_48K * rate / 48000;
        this.nativeState = new NativeState(st, maxFrame);
        this.cleanable = CLEANER.register(this, nativeState);
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public int decode(byte[] packet, int length, short[] pcm, int frameSize, boolean fec) {
        NativeState s = nativeState;
        // Bounds are checked here so that libopus never reads or writes past its native buffers.
        if (s.decoder == null || frameSize <= 0 || frameSize > pcm.length || frameSize > maxFrame
                || (packet != null && (length <= 0 || length > packet.length || length > s.packet.size()))) {
            return LibOpus.OPUS_BAD_ARG;
        }
        if (packet != null) {
            s.packet.write(0, packet, 0, length);
        }
        int n = LibOpus.opus_decode(s.decoder, packet == null ? null : s.packet, packet == null ? 0 : length,
                s.pcm, frameSize, fec ? 1 : 0);
        if (n > 0) {
            s.pcm.read(0, pcm, 0, Math.min(n, frameSize));
        }
        return n;
    }

    @Override
    public String name() {
        return LibOpus.opus_get_version_string();
    }

    @Override
    public void close() {
        cleanable.clean();
    }
}
