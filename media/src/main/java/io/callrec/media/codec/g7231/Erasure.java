package io.callrec.media.codec.g7231;

import static io.callrec.media.codec.g7231.ChannelState.FRAME;
import static io.callrec.media.codec.g7231.ChannelState.ORDER;
import static io.callrec.media.codec.g7231.ChannelState.PITCH_MAX;
import static io.callrec.media.codec.g7231.ChannelState.SUB;

/**
 * Frame-erasure concealment of ITU-T G.723.1 §3.10. After every good frame the excitation is
 * classified as voiced (a strong correlation at some lag near the pitch) or unvoiced; an erased
 * frame then repeats the last pitch period attenuated by 3/4 (voiced) or plays random excitation at
 * the decayed fixed-codebook gain (unvoiced). Three consecutive erasures mute the output.
 */
final class Erasure {

    private Erasure() {
    }

    /**
     * Scales the excitation (history + frame) into {@code s.audio[ORDER..]} for the correlation work
     * of this and the pitch post-filter stage, stores the energy estimate used by Annex A in
     * {@code s.sidGain}/{@code s.curGain}, and returns the repetition lag for voiced frames, else 0.
     */
    static int classify(ChannelState s, int pitchLag, int[] ccrScratch) {
        s.curGain = Fx.scaleVector(s.audio, ORDER, s.excitation, 0, FRAME + PITCH_MAX);
        int offset = PITCH_MAX + 2 * SUB;
        int off = ORDER + offset;
        ccrScratch[0] = 0;
        int index = PitchPostFilter.bestLag(s.audio, off, ccrScratch, 0, pitchLag, 2 * SUB, -1);
        int ccr = Fx.satAdd(ccrScratch[0], 1 << 15) >> 16;
        int tgt = Fx.dot2(s.audio, off, s.audio, off, 2 * SUB);
        s.sidGain = Fx.satAdd(tgt, 1 << 15) >> 16;
        if (ccr <= 0) {
            return 0;
        }
        int best = Fx.dot2(s.audio, off - index, s.audio, off - index, 2 * SUB);
        best = Fx.satAdd(best, 1 << 15) >> 16;
        int t = best * s.sidGain >> 3;
        return t < ccr * ccr ? index : 0;
    }

    /** Regenerates an erased frame's excitation into {@code s.audio[ORDER..]} and the history. */
    static void regenerate(ChannelState s) {
        short[] out = s.audio;
        int lag = s.interpIndex;
        if (lag != 0) {
            for (int i = 0; i < lag; i++) {
                out[ORDER + i] = (short) (s.excitation[PITCH_MAX + i - lag] * 3 >> 2);
            }
            for (int i = lag; i < FRAME; i++) {
                out[ORDER + i] = out[ORDER + i - lag];
            }
        } else {
            for (int i = 0; i < FRAME; i++) {
                s.randomSeed = (short) (s.randomSeed * 521 + 259);
                out[ORDER + i] = (short) (s.interpGain * s.randomSeed >> 15);
            }
            java.util.Arrays.fill(s.excitation, 0, FRAME + PITCH_MAX, (short) 0);
        }
        System.arraycopy(out, ORDER + FRAME - PITCH_MAX, s.prevExcitation, 0, PITCH_MAX);
    }
}
