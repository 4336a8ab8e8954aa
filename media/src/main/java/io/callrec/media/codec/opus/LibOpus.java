package io.callrec.media.codec.opus;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * JNA direct mapping of the libopus decoder API (opus.h): create, decode, destroy. The shared
 * library is Debian's libopus0 ("libopus.so.0"; the unversioned name only exists with the -dev
 * package, so both are tried). {@link #AVAILABLE} is false when neither loads.
 */
final class LibOpus {

    static final int OPUS_OK = 0;
    static final int OPUS_BAD_ARG = -1;
    static final int OPUS_INTERNAL_ERROR = -3;
    static final int OPUS_INVALID_PACKET = -4;

    static final boolean AVAILABLE;
    static final String LOAD_FAILURE;

    static {
        String failure = null;
        boolean loaded = false;
        for (String name : new String[] {"opus", "libopus.so.0"}) {
            try {
                Native.register(LibOpus.class, name);
                loaded = true;
                break;
            } catch (UnsatisfiedLinkError | NoClassDefFoundError | IllegalStateException e) {
                failure = e.getMessage();
            }
        }
        AVAILABLE = loaded;
        LOAD_FAILURE = loaded ? null : failure;
    }

    private LibOpus() {
    }

    /** opus_decoder_create(Fs, channels, &error): Fs one of 8000, 12000, 16000, 24000, 48000. */
    static native Pointer opus_decoder_create(int fs, int channels, int[] error);

    /** opus_decode(st, data, len, pcm, frame_size, decode_fec); data NULL means packet loss. */
    static native int opus_decode(Pointer st, Pointer data, int len, Pointer pcm, int frameSize, int decodeFec);

    static native void opus_decoder_destroy(Pointer st);

    static native String opus_get_version_string();
}
