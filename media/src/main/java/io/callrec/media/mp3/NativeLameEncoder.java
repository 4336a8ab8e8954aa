package io.callrec.media.mp3;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.io.IOException;

/**
 * libmp3lame through JNA. PCM and MP3 bytes pass through two native blocks allocated once
 * (PCM: {@link #BLOCK_FRAMES} frames; MP3: LAME's bound for that), so every native call gets a
 * buffer whose size was checked here. Negative LAME return codes become IOExceptions.
 */
final class NativeLameEncoder implements FrameEncoder {

    private final int channels;
    private final Memory pcm;
    private final Memory mp3;
    private final int mp3Size;
    private Pointer gfp;

    NativeLameEncoder(Mp3Settings s) throws IOException {
        String failure = LameLibrary.failure();
        if (failure != null) {
            throw new IOException(failure);
        }
        channels = s.channels();
        mp3Size = FrameEncoder.outputBound(BLOCK_FRAMES);
        pcm = new Memory(2L * BLOCK_FRAMES * channels);
        mp3 = new Memory(mp3Size);
        gfp = LameLibrary.lame_init();
        if (gfp == null) {
            close();
            throw new IOException("lame_init failed");
        }
        int err = LameLibrary.lame_set_num_channels(gfp, channels)
                | LameLibrary.lame_set_in_samplerate(gfp, s.sampleRate())
                | LameLibrary.lame_set_out_samplerate(gfp, s.sampleRate())
                | LameLibrary.lame_set_brate(gfp, s.bitrateKbps())
                | LameLibrary.lame_set_mode(gfp, channels == 1 ? LameLibrary.MODE_MONO : LameLibrary.MODE_JOINT_STEREO)
                | LameLibrary.lame_set_quality(gfp, s.quality())
                | LameLibrary.lame_set_bWriteVbrTag(gfp, 1);
        LameLibrary.lame_set_write_id3tag_automatic(gfp, 0);
        if (err != 0 || LameLibrary.lame_init_params(gfp) < 0) {
            close();
            throw new IOException("LAME rejected the settings " + s);
        }
    }

    @Override
    public int encode(short[] interleaved, int offset, int frames, byte[] out) throws IOException {
        Pointer g = open();
        if (frames < 0 || frames > BLOCK_FRAMES || out.length < mp3Size
                || offset < 0 || offset + frames * channels > interleaved.length) {
            throw new IllegalArgumentException("bad encode block: " + frames + " frames at " + offset);
        }
        if (frames == 0) {
            return 0;
        }
        pcm.write(0, interleaved, offset, frames * channels);
        int n = channels == 2
                ? LameLibrary.lame_encode_buffer_interleaved(g, pcm, frames, mp3, mp3Size)
                // Mono: lame.h says the right buffer is ignored with one channel; pass the left one, never null.
                : LameLibrary.lame_encode_buffer(g, pcm, pcm, frames, mp3, mp3Size);
        return copyOut(n, out, "lame_encode_buffer");
    }

    @Override
    public int flush(byte[] out) throws IOException {
        return copyOut(LameLibrary.lame_encode_flush(open(), mp3, mp3Size), out, "lame_encode_flush");
    }

    @Override
    public int lameTag(byte[] out) throws IOException {
        Pointer g = open();
        long need = LameLibrary.lame_get_lametag_frame(g, mp3, new LameLibrary.SizeT(mp3Size)).longValue();
        if (need > mp3Size || need > out.length) {
            throw new IOException("LAME tag frame of " + need + " bytes does not fit the buffer");
        }
        return copyOut((int) need, out, "lame_get_lametag_frame");
    }

    private int copyOut(int n, byte[] out, String call) throws IOException {
        if (n < 0) {
            throw new IOException(call + " failed with LAME error " + n);
        }
        if (n > mp3Size || n > out.length) {
            throw new IOException(call + " reported " + n + " bytes for a " + mp3Size + "-byte buffer");
        }
        mp3.read(0, out, 0, n);
        return n;
    }

    private Pointer open() {
        if (gfp == null) {
            throw new IllegalStateException("LAME encoder is closed");
        }
        return gfp;
    }

    @Override
    public String description() {
        return "LAME " + LameLibrary.get_lame_version() + " (native libmp3lame through JNA)";
    }

    @Override
    public void close() {
        if (gfp != null) {
            LameLibrary.lame_close(gfp);
            gfp = null;
        }
        pcm.close();
        mp3.close();
    }
}
