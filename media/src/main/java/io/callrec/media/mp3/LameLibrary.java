package io.callrec.media.mp3;

import com.sun.jna.IntegerType;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * JNA direct mapping of the libmp3lame calls we use (lame.h of LAME 3.100). Loading is attempted
 * once; {@link #failure()} says why it did not work. Callers pass only pointers obtained from
 * {@code lame_init} and JNA {@code Memory} blocks whose sizes they checked.
 */
final class LameLibrary {

    /** {@code MPEG_mode} in lame.h. */
    static final int MODE_JOINT_STEREO = 1;
    static final int MODE_MONO = 3;

    /** {@code size_t} for lame_get_lametag_frame. */
    public static final class SizeT extends IntegerType {
        private static final long serialVersionUID = 1L;

        public SizeT() {
            this(0);
        }

        public SizeT(long value) {
            super(Native.SIZE_T_SIZE, value, true);
        }
    }

    private static final String FAILURE = load();

    private LameLibrary() {
    }

    /** Null when loaded, else the reason (for the one log line). */
    static String failure() {
        return FAILURE;
    }

    private static String load() {
        Throwable last = null;
        // Debian ships only the versioned name in libmp3lame0; the unversioned one comes with -dev.
        for (String name : new String[] {"mp3lame", "libmp3lame.so.0"}) {
            try {
                Native.register(LameLibrary.class, NativeLibrary.getInstance(name));
                return null;
            } catch (UnsatisfiedLinkError | IllegalArgumentException e) {
                last = e;
            }
        }
        return "libmp3lame could not be loaded (" + String.valueOf(last.getMessage()).lines().findFirst().orElse("")
                + "); install the libmp3lame0 package";
    }

    static native String get_lame_version();

    static native Pointer lame_init();

    static native int lame_set_num_channels(Pointer gfp, int channels);

    static native int lame_set_in_samplerate(Pointer gfp, int rate);

    static native int lame_set_out_samplerate(Pointer gfp, int rate);

    static native int lame_set_brate(Pointer gfp, int kbps);

    static native int lame_set_mode(Pointer gfp, int mode);

    static native int lame_set_quality(Pointer gfp, int quality);

    static native int lame_set_bWriteVbrTag(Pointer gfp, int write);

    /** Returns void in lame.h. */
    static native void lame_set_write_id3tag_automatic(Pointer gfp, int write);

    static native int lame_init_params(Pointer gfp);

    static native int lame_encode_buffer(Pointer gfp, Pointer left, Pointer right, int samples,
                                         Pointer mp3, int mp3Size);

    static native int lame_encode_buffer_interleaved(Pointer gfp, Pointer pcm, int samplesPerChannel,
                                                     Pointer mp3, int mp3Size);

    static native int lame_encode_flush(Pointer gfp, Pointer mp3, int size);

    static native SizeT lame_get_lametag_frame(Pointer gfp, Pointer buffer, SizeT size);

    static native int lame_close(Pointer gfp);
}
