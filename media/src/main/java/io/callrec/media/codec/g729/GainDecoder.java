package io.callrec.media.codec.g729;

import static io.callrec.media.codec.g729.G729Tables.GAIN_PRED;

/**
 * Conjugate-structure gain dequantisation with MA-predicted fixed-codebook energy (G.729 §3.9,
 * decoder §4.1.5) and the erasure rule of §4.4.2: pitch gain x0.9 (at most 0.9), fixed gain x0.98,
 * predictor memory fed with its mean minus 4 dB.
 */
final class GainDecoder {

    /** Mean innovation energy in dB (§3.9.1, eq. 66). */
    private static final double MEAN_ENER = 36.0;

    /** Past quantised energies U^(m-k) in dB, initialised to -14 dB (§4.1.5). */
    private final double[] pastEnergy = {-14.0, -14.0, -14.0, -14.0};
    private double pitchGain;
    private double codeGain;

    double pitchGain() {
        return pitchGain;
    }

    double codeGain() {
        return codeGain;
    }

    /** Decodes GA (3 bits) and GB (4 bits) for the innovation vector {@code code}. */
    void decode(int ga, int gb, double[] code, int n) {
        int i1 = G729Tables.IMAP1[ga];
        int i2 = G729Tables.IMAP2[gb];
        pitchGain = G729Tables.GBK1[i1][0] + G729Tables.GBK2[i2][0];
        double energy = 0.01;
        for (int i = 0; i < n; i++) {
            energy += code[i] * code[i];
        }
        double predicted = MEAN_ENER - 10.0 * Math.log10(energy / n);
        for (int k = 0; k < 4; k++) {
            predicted += GAIN_PRED[k] * pastEnergy[k];
        }
        double gamma = G729Tables.GBK1[i1][1] + G729Tables.GBK2[i2][1];
        codeGain = gamma * Math.pow(10.0, predicted / 20.0);
        push(20.0 * Math.log10(gamma));
    }

    void conceal() {
        pitchGain = Math.min(pitchGain * 0.9, 0.9);
        codeGain *= 0.98;
        double mean = (pastEnergy[0] + pastEnergy[1] + pastEnergy[2] + pastEnergy[3]) * 0.25 - 4.0;
        push(Math.max(mean, -14.0));
    }

    private void push(double db) {
        pastEnergy[3] = pastEnergy[2];
        pastEnergy[2] = pastEnergy[1];
        pastEnergy[1] = pastEnergy[0];
        pastEnergy[0] = db;
    }
}
