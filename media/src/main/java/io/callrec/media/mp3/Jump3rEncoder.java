package io.callrec.media.mp3;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.VbrMode;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;
import java.io.IOException;

/**
 * jump3r (a Java port of LAME 3.98) driven through its LAME-style API rather than its
 * javax.sound wrapper: the wrapper hides the VBRTag module that builds the Info/LAME tag frame
 * and turns on ReplayGain analysis we do not need. The module wiring mirrors lame_init.
 */
final class Jump3rEncoder implements FrameEncoder {

    private final Lame lame = new Lame();
    private final VBRTag vbr = new VBRTag();
    private final Version version = new Version();
    private final int channels;
    private final int[] left = new int[BLOCK_FRAMES];
    private final int[] right = new int[BLOCK_FRAMES];
    private LameGlobalFlags gfp;

    Jump3rEncoder(Mp3Settings s) throws IOException {
        channels = s.channels();
        wire();
        gfp = lame.lame_init();
        if (gfp == null) {
            throw new IOException("jump3r lame_init failed");
        }
        gfp.num_channels = channels;
        gfp.in_samplerate = s.sampleRate();
        gfp.out_samplerate = s.sampleRate();
        gfp.brate = s.bitrateKbps();
        gfp.VBR = VbrMode.vbr_off;
        gfp.mode = channels == 1 ? MPEGMode.MONO : MPEGMode.JOINT_STEREO;
        gfp.quality = s.quality();
        gfp.bWriteVbrTag = true;
        gfp.write_id3tag_automatic = false;
        gfp.findReplayGain = false;
        int status;
        try {
            status = lame.lame_init_params(gfp);
        } catch (RuntimeException e) {
            close();
            throw new IOException("jump3r rejected the settings " + s + ": " + e, e);
        }
        if (status < 0) {
            close();
            throw new IOException("jump3r rejected the settings " + s);
        }
    }

    private void wire() {
        GainAnalysis ga = new GainAnalysis();
        BitStream bs = new BitStream();
        Presets presets = new Presets();
        QuantizePVT qupvt = new QuantizePVT();
        Quantize qu = new Quantize();
        ID3Tag id3 = new ID3Tag();
        Reservoir rv = new Reservoir();
        Takehiro tak = new Takehiro();
        MPGLib mpg = new MPGLib();
        Interface intf = new Interface();
        Common common = new Common();
        lame.setModules(ga, bs, presets, qupvt, qu, vbr, version, id3, mpg);
        bs.setModules(ga, mpg, version, vbr);
        id3.setModules(bs, version);
        presets.setModules(lame);
        qu.setModules(bs, rv, qupvt, tak);
        qupvt.setModules(tak, rv, lame.enc.psy);
        rv.setModules(bs);
        tak.setModules(qupvt);
        vbr.setModules(lame, bs, version);
        mpg.setModules(intf, common);
        intf.setModules(vbr, common);
    }

    @Override
    public int encode(short[] interleaved, int offset, int frames, byte[] out) throws IOException {
        LameGlobalFlags g = open();
        if (frames < 0 || frames > BLOCK_FRAMES || offset < 0 || offset + frames * channels > interleaved.length) {
            throw new IllegalArgumentException("bad encode block: " + frames + " frames at " + offset);
        }
        if (frames == 0) {
            return 0;
        }
        // lame_encode_buffer_int takes full-scale 32-bit samples: 16-bit PCM in the upper half.
        for (int i = 0, j = offset; i < frames; i++) {
            left[i] = interleaved[j++] << 16;
            if (channels == 2) {
                right[i] = interleaved[j++] << 16;
            }
        }
        try {
            return checked(lame.lame_encode_buffer_int(g, left, channels == 2 ? right : left, frames,
                    out, 0, out.length), out, "lame_encode_buffer_int");
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public int flush(byte[] out) throws IOException {
        LameGlobalFlags g = open();
        try {
            return checked(lame.lame_encode_flush(g, out, 0, out.length), out, "lame_encode_flush");
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public int lameTag(byte[] out) throws IOException {
        LameGlobalFlags g = open();
        try {
            return checked(vbr.getLameTagFrame(g, out), out, "getLameTagFrame");
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    /** The port signals some internal errors with runtime exceptions; callers only see IOExceptions. */
    private static IOException failed(RuntimeException e) {
        return new IOException("jump3r failed: " + e, e);
    }

    private static int checked(int n, byte[] out, String what) throws IOException {
        if (n < 0 || n > out.length) {
            throw new IOException("jump3r " + what + " returned " + n);
        }
        return n;
    }

    private LameGlobalFlags open() {
        if (gfp == null) {
            throw new IllegalStateException("jump3r encoder is closed");
        }
        return gfp;
    }

    @Override
    public String description() {
        return "jump3r " + version.getLameVersion() + " (pure-Java LAME port)";
    }

    @Override
    public void close() {
        if (gfp != null) {
            lame.lame_close(gfp);
            gfp = null;
        }
    }
}
