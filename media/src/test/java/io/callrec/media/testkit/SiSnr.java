package io.callrec.media.testkit;

/**
 * Scale-invariant signal-to-noise ratio (Le Roux et al., "SDR – half-baked or well done?", 2019):
 * the estimate is projected on the reference, s_t = (&lt;e, r&gt; / |r|²) r, and the ratio is
 * |s_t|² / |e - s_t|² in dB. A misplaced or stretched signal scores low however clean it is,
 * which is what makes it the measure of a recording's alignment as well as its fidelity.
 */
public final class SiSnr {

    private SiSnr() {
    }

    /** Over the first {@code length} samples of both (missing samples count as zero). */
    public static double of(double[] reference, double[] estimate, int length) {
        double dot = 0;
        double refEnergy = 0;
        for (int i = 0; i < length; i++) {
            double r = i < reference.length ? reference[i] : 0;
            double e = i < estimate.length ? estimate[i] : 0;
            dot += r * e;
            refEnergy += r * r;
        }
        if (refEnergy == 0) {
            return Double.NaN;
        }
        double scale = dot / refEnergy;
        double target = 0;
        double noise = 0;
        for (int i = 0; i < length; i++) {
            double r = i < reference.length ? reference[i] : 0;
            double e = i < estimate.length ? estimate[i] : 0;
            double t = scale * r;
            target += t * t;
            noise += (e - t) * (e - t);
        }
        return noise == 0 ? 200 : 10 * Math.log10(target / noise);
    }
}
