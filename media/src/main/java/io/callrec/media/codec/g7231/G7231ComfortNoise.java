package io.callrec.media.codec.g7231;

import static io.callrec.media.codec.g7231.ChannelState.ORDER;
import static io.callrec.media.codec.g7231.ChannelState.PITCH_MAX;
import static io.callrec.media.codec.g7231.ChannelState.SUB;

/**
 * Comfort noise generation of ITU-T G.723.1 Annex A (§A.4-A.5). The SID frame carries the LSPs and
 * a 6-bit gain; between SIDs (untransmitted frames) the last parameters are kept and the gain is
 * smoothed. The excitation is built like speech: a random adaptive-codebook part (random lags and
 * gains) plus 11 random signed pulses per pair of subframes whose common amplitude is solved so the
 * pair reaches the target energy.
 */
final class G7231ComfortNoise {

    private static final int PAIR = 2 * SUB;
    private static final int PULSES_PER_PAIR = 11;

    private final int[] off = new int[4];
    private final int[] signs = new int[2 * PULSES_PER_PAIR];
    private final int[] pos = new int[2 * PULSES_PER_PAIR];
    private final int[] tmp = new int[PAIR];

    /** Decoded SID gain index to the linear gain of Annex A (piecewise-linear quantiser). */
    static int sidGainFromIndex(int index) {
        if (index < 0x10) {
            return index << 6;
        } else if (index < 0x20) {
            return (index - 8) << 7;
        }
        return (index - 20) << 8;
    }

    private static int random(ChannelState s, int base) {
        s.cngRandomSeed = (s.cngRandomSeed * 521 + 259) & 0xFFFF;
        return (s.cngRandomSeed & 0x7FFF) * base >> 15;
    }

    /**
     * Estimates the SID gain index from the last active frame's excitation energy (used when speech
     * stops without a SID frame: the encoder's quantiser of §A.3 applied at the decoder).
     */
    static int estimateSidGain(ChannelState s) {
        int shift = 16 - s.curGain * 2;
        int t;
        if (shift > 0) {
            if (s.sidGain == 0) {
                t = 0;
            } else if (shift >= 31 || (s.sidGain << shift) >> shift != s.sidGain) {
                t = s.sidGain < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            } else {
                t = s.sidGain << shift;
            }
        } else if (shift < -31) {
            t = s.sidGain < 0 ? -1 : 0;
        } else {
            t = s.sidGain >> -shift;
        }
        int x = Fx.clip32((long) t * G7231Tables.CNG_FILT0 >> 16);
        if (x >= G7231Tables.CNG_BSEG[2]) {
            return 0x3F;
        }
        int seg;
        if (x >= G7231Tables.CNG_BSEG[1]) {
            shift = 4;
            seg = 3;
        } else {
            shift = 3;
            seg = x >= G7231Tables.CNG_BSEG[0] ? 1 : 0;
        }
        int seg2 = Math.min(seg, 3);
        int val = 1 << shift;
        int step = val >> 1;
        for (int i = 0; i < shift; i++) {
            t = seg * 32 + (val << seg2);
            t *= t;
            val += x >= t ? step : -step;
            step >>= 1;
        }
        t = seg * 32 + (val << seg2);
        int y = t * t - x;
        if (y <= 0) {
            t = seg * 32 + ((val + 1) << seg2);
            t = t * t - x;
            val = (seg2 - 1) * 16 + val;
            if (t >= y) {
                val++;
            }
        } else {
            t = seg * 32 + ((val - 1) << seg2);
            t = t * t - x;
            val = (seg2 - 1) * 16 + val;
            if (t >= y) {
                val--;
            }
        }
        return val;
    }

    /**
     * Builds one frame of comfort-noise excitation in {@code s.audio[ORDER..ORDER+FRAME)} at gain
     * {@code s.curGain}, updating the excitation history. {@code f} receives the random pitch
     * parameters (they stand in for the untransmitted ones).
     */
    void generate(ChannelState s, FrameParams f) {
        f.pitchLag[0] = random(s, 21) + 123;
        f.pitchLag[1] = random(s, 19) + 123;
        for (int i = 0; i < 4; i++) {
            f.acbGain[i] = random(s, 50) + 1;
            f.acbLag[i] = G7231Tables.CNG_ACB_LAG[i];
        }
        for (int i = 0; i < 2; i++) {
            int t = random(s, 1 << 13);
            off[i * 2] = t & 1;
            off[i * 2 + 1] = ((t >> 1) & 1) + SUB;
            t >>= 2;
            for (int j = 0; j < PULSES_PER_PAIR; j++) {
                signs[i * PULSES_PER_PAIR + j] = ((t & 1) * 2 - 1) << 14;
                t >>= 1;
            }
        }
        int idx = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < SUB / 2; j++) {
                tmp[j] = j;
            }
            int left = SUB / 2;
            for (int j = 0; j < G7231Tables.PULSES[i]; j++, idx++) {
                int pick = random(s, left);
                pos[idx] = tmp[pick] * 2 + off[i];
                tmp[pick] = tmp[--left];
            }
        }
        short[] v = s.audio;
        int vp = ORDER;
        System.arraycopy(s.prevExcitation, 0, v, vp, PITCH_MAX);
        for (int i = 0; i < 4; i += 2) {
            Excitation.adaptiveCodebook(v, vp, v, vp, f.pitchLag[i >> 1], f.acbLag[i], f.acbGain[i],
                f.lowRate, s.residual);
            Excitation.adaptiveCodebook(v, vp + SUB, v, vp + SUB, f.pitchLag[i >> 1], f.acbLag[i + 1],
                f.acbGain[i + 1], f.lowRate, s.residual);
            addPulses(s, v, vp, i / 2);
            System.arraycopy(v, vp, v, vp + PITCH_MAX, PAIR);
            vp += PAIR;
        }
        System.arraycopy(s.audio, ORDER + ChannelState.FRAME, s.prevExcitation, 0, PITCH_MAX);
    }

    /** Solves the pulse amplitude x of one subframe pair so that |acb + x*pulses|^2 meets the target. */
    private void addPulses(ChannelState s, short[] v, int vp, int pair) {
        int t = 0;
        for (int j = 0; j < PAIR; j++) {
            t |= Math.abs(v[vp + j]);
        }
        t = Math.min(t, 0x7FFF);
        int shift = t == 0 ? 0 : Math.max(-10 + Fx.log2(t), -2);
        long sum = 0;
        for (int j = 0; j < PAIR; j++) {
            int x = shift < 0 ? v[vp + j] << -shift : v[vp + j] >> shift;
            sum += x * x;
            tmp[j] = x;
        }
        int b0 = 0;
        for (int j = 0; j < PULSES_PER_PAIR; j++) {
            b0 += tmp[pos[pair * PULSES_PER_PAIR + j]] * signs[pair * PULSES_PER_PAIR + j];
        }
        b0 = (int) ((b0 * 2 * 2979L + (1 << 29)) >> 30); // b0 / 11
        int c = s.curGain * (s.curGain * SUB >> 5);
        if (shift * 2 + 3 >= 0) {
            c >>= shift * 2 + 3;
        } else {
            c <<= -(shift * 2 + 3);
        }
        c = (int) (((long) Fx.clip32(sum << 1) - c) * 2979L >> 15);
        int delta = b0 * b0 * 2 - c;
        int x;
        if (delta <= 0) {
            x = -b0;
        } else {
            delta = Fx.sqrtHalf(delta);
            x = delta - b0;
            int other = delta + b0;
            if (Math.abs(other) < Math.abs(x)) {
                x = -other;
            }
        }
        shift++;
        x = shift < 0 ? x >> -shift : x << shift;
        x = Math.max(-10000, Math.min(10000, x));
        for (int j = 0; j < PULSES_PER_PAIR; j++) {
            int k = pair * PULSES_PER_PAIR + j;
            v[vp + pos[k]] = (short) Fx.clip16(v[vp + pos[k]] + (x * signs[k] >> 15));
        }
    }
}
