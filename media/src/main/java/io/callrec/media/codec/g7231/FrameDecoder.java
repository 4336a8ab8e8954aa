package io.callrec.media.codec.g7231;

import static io.callrec.media.codec.g7231.ChannelState.FRAME;
import static io.callrec.media.codec.g7231.ChannelState.ORDER;
import static io.callrec.media.codec.g7231.ChannelState.PITCH_MAX;
import static io.callrec.media.codec.g7231.ChannelState.SUB;

/**
 * Decodes one 30 ms frame (ITU-T G.723.1 §3, Annex A): active speech, comfort noise (SID or
 * untransmitted) or an erased frame, followed by LPC synthesis and the formant post-filter. All
 * buffers live in {@link ChannelState} and the stage objects; nothing is allocated per frame.
 */
final class FrameDecoder {

    private final ChannelState s = new ChannelState();
    private final FrameParams f = new FrameParams();
    private final PitchPostFilter pitchPostFilter = new PitchPostFilter();
    private final FormantPostFilter formantPostFilter = new FormantPostFilter();
    private final G7231ComfortNoise comfortNoise = new G7231ComfortNoise();
    private final int[] ccr = new int[1];

    FrameParams params() {
        return f;
    }

    /**
     * Decodes a frame of {@code length} bytes (the size its type code demands) into 240 samples.
     * Returns false if the frame had a forbidden code and was concealed instead.
     */
    boolean decode(byte[] data, int offset, int length, short[] out, int oo) {
        boolean good = f.unpack(data, offset, length);
        int type = f.type;
        if (!good) {
            type = s.pastFrameType == FrameParams.TYPE_ACTIVE ? FrameParams.TYPE_ACTIVE
                : FrameParams.TYPE_UNTRANSMITTED;
        }
        run(type, !good, out, oo);
        return good;
    }

    /** True when the last frame run was comfort noise (SID or untransmitted). */
    boolean inComfortNoise() {
        return s.pastFrameType != FrameParams.TYPE_ACTIVE;
    }

    /** Conceals one lost frame (§3.10; during comfort noise the noise simply continues). */
    void conceal(short[] out, int oo) {
        int type = s.pastFrameType == FrameParams.TYPE_ACTIVE ? FrameParams.TYPE_ACTIVE
            : FrameParams.TYPE_UNTRANSMITTED;
        run(type, true, out, oo);
    }

    private void run(int type, boolean bad, short[] out, int oo) {
        if (type == FrameParams.TYPE_ACTIVE) {
            active(bad);
            s.cngRandomSeed = ChannelState.CNG_SEED;
        } else {
            comfortNoise(type);
        }
        s.pastFrameType = type;
        synthesize();
        formantPostFilter.apply(s.lpc, s.audio, out, oo);
    }

    private void active(boolean bad) {
        if (!bad) {
            s.erasedFrames = 0;
        } else if (s.erasedFrames != 3) {
            s.erasedFrames++;
        }
        Lsp.inverseQuantize(s.curLsp, s.prevLsp, f.lspIndex, bad);
        s.lsp.interpolate(s.lpc, s.curLsp, s.prevLsp);
        System.arraycopy(s.curLsp, 0, s.prevLsp, 0, ORDER);
        System.arraycopy(s.prevExcitation, 0, s.excitation, 0, PITCH_MAX);
        if (s.erasedFrames == 0) {
            s.interpGain = G7231Tables.FIXED_CB_GAIN[(f.ampIndex[2] + f.ampIndex[3]) >> 1];
            for (int i = 0; i < 4; i++) {
                int at = PITCH_MAX + i * SUB;
                int lag = f.pitchLag[i >> 1];
                Excitation.fixedCodebook(s.excitation, at, f, i, lag, s.diracScratch);
                Excitation.adaptiveCodebook(s.acbVector, 0, s.excitation, i * SUB, lag, f.acbLag[i],
                    f.acbGain[i], f.lowRate, s.residual);
                for (int j = 0; j < SUB; j++) {
                    int fixed = Fx.clip16(s.excitation[at + j] * 2);
                    s.excitation[at + j] = (short) Fx.clip16(fixed + s.acbVector[j]);
                }
            }
            s.interpIndex = Erasure.classify(s, f.pitchLag[1], ccr);
            pitchPostFilter.apply(s, f);
            System.arraycopy(s.excitation, FRAME, s.prevExcitation, 0, PITCH_MAX);
        } else {
            s.interpGain = (s.interpGain * 3 + 2) >> 2;
            if (s.erasedFrames == 3) {
                // third consecutive erasure: mute (§3.10); the excitation and history restart from zero
                java.util.Arrays.fill(s.excitation, (short) 0);
                java.util.Arrays.fill(s.prevExcitation, (short) 0);
                java.util.Arrays.fill(s.audio, ORDER, ORDER + FRAME, (short) 0);
            } else {
                Erasure.regenerate(s);
            }
        }
    }

    private void comfortNoise(int type) {
        if (type == FrameParams.TYPE_SID) {
            s.sidGain = G7231ComfortNoise.sidGainFromIndex(f.ampIndex[0]);
            Lsp.inverseQuantize(s.sidLsp, s.prevLsp, f.lspIndex, false);
        } else if (s.pastFrameType == FrameParams.TYPE_ACTIVE) {
            s.sidGain = G7231ComfortNoise.estimateSidGain(s);
        }
        if (s.pastFrameType == FrameParams.TYPE_ACTIVE) {
            s.curGain = s.sidGain;
        } else {
            s.curGain = (s.curGain * 7 + s.sidGain) >> 3;
        }
        comfortNoise.generate(s, f);
        s.lsp.interpolate(s.lpc, s.sidLsp, s.prevLsp);
        System.arraycopy(s.sidLsp, 0, s.prevLsp, 0, ORDER);
    }

    /** LPC synthesis 1/A(z) per subframe, in place over s.audio, with 1/2 output scaling (Q12 LPC). */
    private void synthesize() {
        short[] a = s.audio;
        System.arraycopy(s.synthMem, 0, a, 0, ORDER);
        for (int j = 0; j < 4; j++) {
            int base = ORDER + j * SUB;
            int lo = j * ORDER;
            for (int n = 0; n < SUB; n++) {
                int sum = -(1 << 12);
                for (int i = 1; i <= ORDER; i++) {
                    sum += s.lpc[lo + i - 1] * a[base + n - i];
                }
                a[base + n] = (short) Fx.clip16(((-sum >> 12) + a[base + n]) >> 1);
            }
        }
        System.arraycopy(a, FRAME, s.synthMem, 0, ORDER);
    }
}
