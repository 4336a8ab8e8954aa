package io.callrec.media.codec.g729;

import static io.callrec.media.codec.g729.G729Tables.L_FRAME;
import static io.callrec.media.codec.g729.G729Tables.L_SUBFR;

import java.util.Arrays;

/**
 * Comfort-noise excitation of G.729 Annex B §B.4 (decoder side): the target gain is taken
 * from the SID energy index, smoothed 0.875/0.125 from frame to frame, and each subframe's excitation is a
 * random adaptive-codebook vector plus Gaussian noise plus four random pulses whose common gain is
 * solved so that the subframe energy equals 40 x gain^2.
 */
final class G729ComfortNoise {

    private static final double SMOOTH_OLD = 0.875;
    private static final double NORM_GAUSS = 3.16227766; // sqrt(40) x alpha, alpha = 0.5
    private static final double K0 = 3.0; // 4 x (1 - alpha^2)
    private static final double G_MAX = 5000.0;

    private final Random16 random = new Random16(11111);
    private final double[] gauss = new double[L_SUBFR];
    private final int[] pos = new int[4];
    private final double[] sign = new double[4];
    private double sidGain = G729Tables.SID_GAIN[0];
    private double currentGain;

    /** A SID frame arrived: its 5-bit energy index sets the target gain. */
    void sid(int energyIndex) {
        sidGain = G729Tables.SID_GAIN[energyIndex];
    }

    double sidGain() {
        return sidGain;
    }

    /** Speech frames restart the generator (Annex B decoder: seed = INIT_SEED on active frames). */
    void resetSeed() {
        random.reset();
    }

    /**
     * Writes one frame of excitation at {@code exc[pos..pos+80)}; {@code exc} holds the past
     * excitation before {@code pos} for the random adaptive-codebook part.
     */
    void excitation(boolean firstAfterSpeech, double[] exc, int start) {
        currentGain = firstAfterSpeech ? sidGain : SMOOTH_OLD * currentGain + (1 - SMOOTH_OLD) * sidGain;
        if (currentGain == 0) {
            Arrays.fill(exc, start, start + L_FRAME, 0.0);
            return;
        }
        for (int sf = start; sf < start + L_FRAME; sf += L_SUBFR) {
            subframe(exc, sf);
        }
    }

    private void subframe(double[] exc, int at) {
        int r = random.next();
        int frac = (r & 3) - 1;
        if (frac == 2) {
            frac = 0;
        }
        r >>= 2;
        int t0 = (r & 0x3F) + 40;
        r >>= 6;
        pos[0] = 5 * (r & 7);
        r >>= 3;
        sign[0] = (r & 1) != 0 ? 1.0 : -1.0;
        r >>= 1;
        pos[1] = 5 * (r & 7) + 1;
        r >>= 3;
        sign[1] = (r & 1) != 0 ? 1.0 : -1.0;
        r = random.next();
        pos[2] = 5 * (r & 7) + 2;
        r >>= 3;
        sign[2] = (r & 1) != 0 ? 1.0 : -1.0;
        r >>= 1;
        int t = r & 0xF;
        pos[3] = 3 + (t & 1) + 5 * ((t >> 1) & 7);
        r >>= 4;
        sign[3] = (r & 1) != 0 ? 1.0 : -1.0;
        double gp = (random.next() & 0x1FFF) / 16384.0;

        double energy = 0;
        for (int i = 0; i < L_SUBFR; i++) {
            gauss[i] = gaussian();
            energy += gauss[i] * gauss[i];
        }
        double fact = NORM_GAUSS * currentGain / Math.sqrt(energy);
        for (int i = 0; i < L_SUBFR; i++) {
            gauss[i] *= fact;
        }
        AdaptiveCodebook.interpolate(exc, at, t0, frac, L_SUBFR);
        energy = 0;
        for (int i = 0; i < L_SUBFR; i++) {
            exc[at + i] = exc[at + i] * gp + gauss[i];
            energy += exc[at + i] * exc[at + i];
        }
        // Pulse gain g solves 4 g^2 + 2 b g + (E - k) = 0 with b = sum sign_i exc(pos_i), k = 40 gain^2.
        double k = currentGain * currentGain * L_SUBFR;
        double b = pulseCorrelation(exc, at);
        double delta = b * b - 4.0 * (energy - k);
        if (delta < 0) {
            System.arraycopy(gauss, 0, exc, at, L_SUBFR);
            b = pulseCorrelation(exc, at);
            delta = b * b + K0 * k;
        }
        delta = Math.sqrt(delta);
        double x1 = (delta - b) * 0.25;
        double x2 = -(delta + b) * 0.25;
        double g = Math.abs(x1) < Math.abs(x2) ? x1 : x2;
        g = Math.max(-G_MAX, Math.min(G_MAX, g));
        for (int i = 0; i < 4; i++) {
            exc[at + pos[i]] += g * sign[i];
        }
    }

    private double pulseCorrelation(double[] exc, int at) {
        double b = 0;
        for (int i = 0; i < 4; i++) {
            b += exc[at + pos[i]] * sign[i];
        }
        return b;
    }

    /** Sum of 12 uniform 16-bit values, scaled to unit variance as the reference does (/ 512). */
    private double gaussian() {
        int acc = 0;
        for (int i = 0; i < 12; i++) {
            acc += random.next();
        }
        return (short) (acc >> 7) / 512.0;
    }
}
