package io.callrec.media.dsp;

/** Kaiser-windowed sinc low-pass design (Kaiser's formulas, as in Oppenheim and Schafer §7.5.3). */
final class KaiserSinc {

    private KaiserSinc() {
    }

    /** Kaiser beta for a stop-band attenuation in dB. */
    static double beta(double attenuationDb) {
        if (attenuationDb > 50) {
            return 0.1102 * (attenuationDb - 8.7);
        }
        if (attenuationDb >= 21) {
            return 0.5842 * Math.pow(attenuationDb - 21, 0.4) + 0.07886 * (attenuationDb - 21);
        }
        return 0;
    }

    /**
     * {@code length} taps of a linear-phase low-pass with cut-off {@code cutoff} (cycles per
     * sample, below 0.5) and DC gain {@code gain} (the interpolation factor for up-sampling).
     */
    static double[] lowPass(int length, double cutoff, double beta, double gain) {
        double[] h = new double[length];
        double centre = (length - 1) / 2.0;
        double norm = besselI0(beta);
        double sum = 0;
        for (int i = 0; i < length; i++) {
            double x = i - centre;
            double sinc = x == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            double r = centre == 0 ? 0 : x / centre;
            double window = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / norm;
            h[i] = sinc * window;
            sum += h[i];
        }
        for (int i = 0; i < length; i++) {
            h[i] *= gain / sum;
        }
        return h;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 50; k++) {
            term *= (half / k) * (half / k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }
}
