package io.callrec.media.codec.g7231;

import static io.callrec.media.codec.g7231.ChannelState.FRAME;
import static io.callrec.media.codec.g7231.ChannelState.ORDER;
import static io.callrec.media.codec.g7231.ChannelState.PITCH_MAX;
import static io.callrec.media.codec.g7231.ChannelState.SUB;

/**
 * Pitch post-filter of ITU-T G.723.1 §3.6, applied to the excitation before synthesis: for every
 * subframe the best forward and backward lags around the decoded pitch are searched in the scaled
 * excitation, and the excitation is mixed with the better-correlated one (gains limited per rate and
 * renormalised to keep the subframe energy).
 */
final class PitchPostFilter {

    private final int[] index = new int[4];
    private final int[] optGain = new int[4];
    private final int[] scGain = new int[4];
    private final int[] energy = new int[5];

    /**
     * Filters the frame's excitation ({@code s.excitation} from PITCH_MAX) into {@code s.audio} from
     * ORDER. Expects {@code s.audio[ORDER..]} to hold the scaled excitation history (see
     * {@link Erasure#classify}).
     */
    void apply(ChannelState s, FrameParams f) {
        int rate = f.lowRate ? 1 : 0;
        for (int j = 0; j < 4; j++) {
            coefficients(s.audio, PITCH_MAX + j * SUB, f.pitchLag[j >> 1], j, rate);
        }
        for (int j = 0; j < 4; j++) {
            int base = PITCH_MAX + j * SUB;
            for (int k = 0; k < SUB; k++) {
                int v = s.excitation[base + k] * scGain[j] + s.excitation[base + k + index[j]] * optGain[j];
                s.audio[ORDER + j * SUB + k] = (short) Fx.clip16((v + (1 << 14)) >> 15);
            }
        }
    }

    /**
     * Largest correlation of the subframe at {@code off} with the signal {@code lag} samples ahead
     * ({@code dir} = 1) or behind ({@code dir} = -1), lag within +-3 of the pitch; returns 0 if none
     * is positive. {@code ccr[slot]} holds the running maximum.
     */
    static int bestLag(short[] buf, int off, int[] ccr, int slot, int pitchLag, int length, int dir) {
        int lag = 0;
        pitchLag = Math.min(PITCH_MAX - 3, pitchLag);
        int offset = off - ORDER;
        int limit = dir > 0 ? Math.min(FRAME + PITCH_MAX - offset - length, pitchLag + 3) : pitchLag + 3;
        for (int i = pitchLag - 3; i <= limit; i++) {
            int c = Fx.dot2(buf, off, buf, off + dir * i, length);
            if (c > ccr[slot]) {
                ccr[slot] = c;
                lag = i;
            }
        }
        return lag;
    }

    private void coefficients(short[] audio, int offset, int pitchLag, int j, int rate) {
        int off = ORDER + offset;
        java.util.Arrays.fill(energy, 0);
        int fwd = bestLag(audio, off, energy, 1, pitchLag, SUB, 1);
        int back = bestLag(audio, off, energy, 3, pitchLag, SUB, -1);
        index[j] = 0;
        optGain[j] = 0;
        scGain[j] = 0x7fff;
        if (fwd == 0 && back == 0) {
            return; // case 0: no usable lag
        }
        energy[0] = Fx.dot2(audio, off, audio, off, SUB);
        if (fwd != 0) {
            energy[2] = Fx.dot2(audio, off + fwd, audio, off + fwd, SUB);
        }
        if (back != 0) {
            energy[4] = Fx.dot2(audio, off - back, audio, off - back, SUB);
        }
        int max = 0;
        for (int e : energy) {
            max = Math.max(max, e);
        }
        int scale = Fx.normBits(max, 31);
        for (int i = 0; i < 5; i++) {
            energy[i] = (energy[i] << scale) >> 16;
        }
        if (fwd != 0 && back == 0) {
            gains(j, fwd, rate, energy[0], energy[1], energy[2]);
        } else if (fwd == 0) {
            gains(j, -back, rate, energy[0], energy[3], energy[4]);
        } else {
            // both: keep the lag with the larger normalised correlation ccr^2 / energy
            int t1 = energy[4] * ((energy[1] * energy[1] + (1 << 14)) >> 15);
            int t2 = energy[2] * ((energy[3] * energy[3] + (1 << 14)) >> 15);
            if (t1 >= t2) {
                gains(j, fwd, rate, energy[0], energy[1], energy[2]);
            } else {
                gains(j, -back, rate, energy[0], energy[3], energy[4]);
            }
        }
    }

    /** Optimal and scaling gains of §3.6 for the chosen lag (voicing test, energy preservation). */
    private void gains(int j, int lag, int rate, int tgt, int ccr, int res) {
        index[j] = lag;
        int opt;
        int sc;
        if ((ccr * ccr << 1) > (tgt * res >> 1)) {
            int weight = G7231Tables.PPF_GAIN_WEIGHT[rate];
            opt = ccr >= res ? weight : (short) (((ccr << 15) / res * weight) >> 15);
            int t1 = (tgt << 15) + (ccr * opt << 1);
            int t2 = (opt * opt >> 15) * res;
            int pfResidual = Fx.satAdd(t1, t2 + (1 << 15)) >> 16;
            int ratio = tgt >= pfResidual << 1 ? 0x7fff : (tgt << 14) / pfResidual;
            sc = Fx.sqrtHalf(ratio << 16);
        } else {
            opt = 0;
            sc = 0x7fff;
        }
        scGain[j] = sc;
        optGain[j] = (short) Fx.clip16(opt * sc >> 15);
    }
}
