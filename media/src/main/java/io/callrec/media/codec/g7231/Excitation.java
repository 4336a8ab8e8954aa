package io.callrec.media.codec.g7231;

import static io.callrec.media.codec.g7231.ChannelState.PITCH_MAX;
import static io.callrec.media.codec.g7231.ChannelState.SUB;

/**
 * Excitation decoding: the fixed codebooks (MP-MLQ at 6.3 kbit/s, §2.15 / §3.5; ACELP at 5.3 kbit/s,
 * §2.16) and the fifth-order adaptive codebook (pitch predictor, §3.4).
 */
final class Excitation {

    private static final int PULSE_MAX = 6;
    private static final int GRID = 2;

    private Excitation() {
    }

    /** Writes subframe {@code s}'s fixed-codebook vector (already scaled by its gain) at {@code vo}. */
    static void fixedCodebook(short[] v, int vo, FrameParams f, int s, int pitchLag, short[] scratch) {
        java.util.Arrays.fill(v, vo, vo + SUB, (short) 0);
        int gain = G7231Tables.FIXED_CB_GAIN[f.ampIndex[s]];
        if (f.lowRate) {
            acelp(v, vo, f, s, pitchLag, gain);
            return;
        }
        if (f.pulsePos[s] >= G7231Tables.MAX_POS[s]) {
            return; // invalid position code: no pulses (§3.5)
        }
        // Enumerative decoding of the pulse positions on the chosen grid (even or odd samples).
        int j = PULSE_MAX - G7231Tables.PULSES[s];
        int code = f.pulsePos[s];
        for (int i = 0; i < SUB / GRID; i++) {
            code -= G7231Tables.COMBINATORIAL[j][i];
            if (code >= 0) {
                continue;
            }
            code += G7231Tables.COMBINATORIAL[j++][i];
            boolean negative = (f.pulseSign[s] & (1 << (PULSE_MAX - j))) != 0;
            v[vo + f.grid[s] + GRID * i] = (short) (negative ? -gain : gain);
            if (j == PULSE_MAX) {
                break;
            }
        }
        if (f.diracTrain[s] == 1) {
            diracTrain(v, vo, pitchLag, scratch);
        }
    }

    /** 5.3 kbit/s: four signed pulses on interleaved tracks, then the pitch enhancement of §2.16. */
    private static void acelp(short[] v, int vo, FrameParams f, int s, int pitchLag, int gain) {
        int pos = f.pulsePos[s];
        int sign = f.pulseSign[s];
        for (int i = 0; i < 8; i += 2) {
            int at = ((pos & 7) << 3) + f.grid[s] + i;
            if (at < SUB) { // track positions past the subframe carry no pulse
                v[vo + at] = (short) ((sign & 1) != 0 ? gain : -gain);
            }
            pos >>= 3;
            sign >>= 1;
        }
        int lag = G7231Tables.PITCH_CONTRIB[f.acbGain[s] << 1] + pitchLag + f.acbLag[s] - 1;
        int beta = G7231Tables.PITCH_CONTRIB[(f.acbGain[s] << 1) + 1];
        if (lag < SUB - 2) {
            for (int i = lag; i < SUB; i++) {
                v[vo + i] = (short) (v[vo + i] + ((beta * v[vo + i - lag]) >> 15));
            }
        }
    }

    /** Repeats the pulse pattern every pitch period (6.3 kbit/s, lag < 58). */
    private static void diracTrain(short[] v, int vo, int lag, short[] scratch) {
        System.arraycopy(v, vo, scratch, 0, SUB);
        for (int i = lag; i < SUB; i += lag) {
            for (int j = 0; j < SUB - i; j++) {
                v[vo + i + j] = (short) (v[vo + i + j] + scratch[j]);
            }
        }
    }

    /**
     * Adaptive-codebook vector of one subframe: the past excitation ending at {@code prev[po +
     * PITCH_MAX]} read at lag {@code pitchLag + acbLag - 1} (periodically extended when the lag is
     * shorter than the subframe) and filtered by the five-tap gain vector {@code gainIndex}.
     */
    static void adaptiveCodebook(short[] out, int oo, short[] prev, int po, int pitchLag, int acbLag,
                                 int gainIndex, boolean lowRate, short[] residual) {
        int lag = pitchLag + acbLag - 1;
        int offset = po + PITCH_MAX - 2 - lag;
        residual[0] = prev[offset];
        residual[1] = prev[offset + 1];
        offset += 2;
        for (int i = 2; i < SUB + 4; i++) {
            residual[i] = prev[offset + (i - 2) % lag];
        }
        short[] table = !lowRate && pitchLag < SUB - 2 ? G7231Tables.ACB_GAIN85 : G7231Tables.ACB_GAIN170;
        int row = gainIndex * 5;
        for (int i = 0; i < SUB; i++) {
            int sum = 0;
            for (int k = 0; k < 5; k++) {
                sum += residual[i + k] * table[row + k];
            }
            out[oo + i] = (short) (Fx.satDadd(1 << 15, Fx.satAdd(sum, sum)) >> 16);
        }
    }
}
