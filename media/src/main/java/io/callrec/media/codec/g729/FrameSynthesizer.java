package io.callrec.media.codec.g729;

import static io.callrec.media.codec.g729.G729Tables.L_FRAME;
import static io.callrec.media.codec.g729.G729Tables.L_INTERPOL;
import static io.callrec.media.codec.g729.G729Tables.L_SUBFR;
import static io.callrec.media.codec.g729.G729Tables.M;
import static io.callrec.media.codec.g729.G729Tables.PIT_MAX;

/**
 * The decoder's signal path for one 10 ms frame, with all state carried between frames: LSP
 * interpolation, excitation (adaptive + fixed codebook, or Annex B comfort noise), LP synthesis,
 * Annex A post-filter and the output high-pass. {@link G729Decoder} decides which kind of frame to
 * run; this class only renders it.
 */
final class FrameSynthesizer {

    private static final double SHARP_MIN = 0.2;
    private static final double SHARP_MAX = 0.7945;
    private static final int EXC = PIT_MAX + L_INTERPOL;
    /** The reference's 16-bit limits (excitation, synthesis) in our full-scale domain. */
    private static final double OVERFLOW_LIMIT = 65536.0;
    /** Initial previous-frame LSPs of the reference decoder (its Q15 values). */
    private static final double[] LSP_INIT = {
        30000 / 32768.0, 26000 / 32768.0, 21000 / 32768.0, 15000 / 32768.0, 8000 / 32768.0, 0.0,
        -8000 / 32768.0, -15000 / 32768.0, -21000 / 32768.0, -26000 / 32768.0,
    };

    private final LsfDecoder lsf = new LsfDecoder();
    private final GainDecoder gains = new GainDecoder();
    private final G729ComfortNoise noise = new G729ComfortNoise();
    private final PostFilter postFilter = new PostFilter();
    private final PostProcess postProcess = new PostProcess();
    private final Random16 erasureRandom = new Random16(21845);

    /** Past excitation (PIT_MAX + L_INTERPOL samples) followed by the current frame. */
    private final double[] exc = new double[EXC + L_FRAME];
    private final double[] synth = new double[M + L_FRAME];
    private final double[] memSyn = new double[M];
    private final double[] memSave = new double[M];
    private final double[] lspOld = LSP_INIT.clone();
    private final double[] lspNew = new double[M];
    private final double[] lspMid = new double[M];
    private final double[] az = new double[2 * (M + 1)];
    private final double[] f1 = new double[6];
    private final double[] f2 = new double[6];
    private final double[] code = new double[L_SUBFR];
    private final double[] pcm = new double[L_FRAME];
    private final short[] pcmOut = new short[L_FRAME];
    private final int[] pitch = new int[2];

    private double sharp = SHARP_MIN;
    private int oldT0 = 60;
    private boolean lastActive = true;

    /** Current comfort-noise target gain (excitation RMS) set by the last SID. */
    double sidGain() {
        return noise.sidGain();
    }

    /** A(z) of the last frame's second subframe (11 coefficients). */
    double[] lastLpc() {
        return java.util.Arrays.copyOfRange(az, M + 1, 2 * (M + 1));
    }

    /** True after a speech frame (real or concealed), false after comfort noise. */
    boolean lastActive() {
        return lastActive;
    }

    /**
     * G.729 §4.1 (Annex A decoder) for the unpacked parameters {@code prm}; {@code erased} is the
     * bad frame indicator (§4.4), {@code prm} is ignored then.
     */
    void speechFrame(int[] prm, boolean erased) {
        noise.resetSeed();
        if (erased) {
            lsf.conceal(lspNew);
        } else {
            lsf.decode(prm[FrameBits.L0], prm[FrameBits.L1], prm[FrameBits.L2], prm[FrameBits.L3], lspNew);
        }
        interpolate(lspNew);
        boolean badPitch = erased || FrameBits.parityError(prm[FrameBits.P1], prm[FrameBits.P0]);
        int t0 = 0;
        for (int sf = 0; sf < 2; sf++) {
            int packed;
            boolean bad = sf == 0 ? badPitch : erased;
            if (bad) {
                packed = AdaptiveCodebook.pack(oldT0, 0);
                oldT0 = Math.min(oldT0 + 1, PIT_MAX);
            } else {
                packed = sf == 0 ? AdaptiveCodebook.decodeFirst(prm[FrameBits.P1])
                        : AdaptiveCodebook.decodeSecond(prm[FrameBits.P2], t0);
                oldT0 = AdaptiveCodebook.integer(packed);
            }
            t0 = AdaptiveCodebook.integer(packed);
            pitch[sf] = t0;
            int at = EXC + sf * L_SUBFR;
            AdaptiveCodebook.interpolate(exc, at, t0, AdaptiveCodebook.fraction(packed), L_SUBFR);
            subframeExcitation(prm, sf, erased, t0, at);
            synthesise(sf, at);
        }
        postFilter.filter(synth, az, pitch, true, pcm);
        lastActive = true;
        shiftExcitation();
    }

    /** §4.1.4-§4.1.6: innovation with pitch sharpening, gains, total excitation. */
    private void subframeExcitation(int[] prm, int sf, boolean erased, int t0, int at) {
        int c = erased ? erasureRandom.next() & 0x1FFF : prm[sf == 0 ? FrameBits.C1 : FrameBits.C2];
        int s = erased ? erasureRandom.next() & 0x000F : prm[sf == 0 ? FrameBits.S1 : FrameBits.S2];
        FixedCodebook.decode(c, s, code);
        for (int i = t0; i < L_SUBFR; i++) {
            code[i] += code[i - t0] * sharp;
        }
        if (erased) {
            gains.conceal();
        } else {
            gains.decode(prm[sf == 0 ? FrameBits.GA1 : FrameBits.GA2],
                    prm[sf == 0 ? FrameBits.GB1 : FrameBits.GB2], code, L_SUBFR);
        }
        double gp = gains.pitchGain();
        double gc = gains.codeGain();
        sharp = Math.max(SHARP_MIN, Math.min(SHARP_MAX, gp));
        for (int i = 0; i < L_SUBFR; i++) {
            // The reference keeps the excitation in 16 bits; saturating here keeps corrupt input finite.
            exc[at + i] = Math.max(-OVERFLOW_LIMIT, Math.min(OVERFLOW_LIMIT, gp * exc[at + i] + gc * code[i]));
        }
    }

    /** Annex B §B.4: a SID frame (sid = true, parameters in prm) or an untransmitted frame. */
    void noiseFrame(int[] prm, boolean sid) {
        if (sid) {
            noise.sid(prm[FrameBits.SID_ENERGY]);
            lsf.decodeSid(prm[FrameBits.SID_MA], prm[FrameBits.SID_LSF1], prm[FrameBits.SID_LSF2], lspNew);
        } else {
            // Untransmitted frames only follow a SID or another noise frame, so lspOld is the SID's.
            System.arraycopy(lspOld, 0, lspNew, 0, M);
        }
        noise.excitation(lastActive, exc, EXC);
        interpolate(lspNew);
        synthesise(0, EXC);
        synthesise(1, EXC + L_SUBFR);
        pitch[0] = oldT0;
        pitch[1] = oldT0;
        sharp = SHARP_MIN;
        postFilter.filter(synth, az, pitch, false, pcm);
        lastActive = false;
        shiftExcitation();
    }

    /** §3.2.5: subframe 1 uses the mean of the previous and current LSPs, subframe 2 the current. */
    private void interpolate(double[] current) {
        for (int i = 0; i < M; i++) {
            lspMid[i] = 0.5 * (lspOld[i] + current[i]);
        }
        Lpc.lspToA(lspMid, az, 0, f1, f2);
        Lpc.lspToA(current, az, M + 1, f1, f2);
        System.arraycopy(current, 0, lspOld, 0, M);
    }

    /**
     * §4.1.6: 1/A(z). The fixed-point reference scales the whole excitation history by 1/4 and
     * synthesises again when the synthesis overflows 16 bits. Its signal path runs at half scale
     * (the encoder's pre-processing halves the input, the decoder's post-processing doubles it);
     * ours runs at full scale, so its 16-bit limit is {@link #OVERFLOW_LIMIT} = 2 x 32768 here.
     */
    private void synthesise(int sf, int at) {
        System.arraycopy(memSyn, 0, memSave, 0, M);
        double peak = Lpc.synthesis(az, sf * (M + 1), exc, at, synth, M + sf * L_SUBFR, L_SUBFR, memSyn);
        if (peak > OVERFLOW_LIMIT) {
            for (int i = 0; i < exc.length; i++) {
                exc[i] *= 0.25;
            }
            System.arraycopy(memSave, 0, memSyn, 0, M);
            Lpc.synthesis(az, sf * (M + 1), exc, at, synth, M + sf * L_SUBFR, L_SUBFR, memSyn);
        }
    }

    private void shiftExcitation() {
        System.arraycopy(exc, L_FRAME, exc, 0, EXC);
    }

    /** Writes the first {@code samples} (at most 80) samples of the last frame. */
    int emit(short[] out, int offset, int samples) {
        postProcess.apply(pcm, L_FRAME, pcmOut, 0);
        System.arraycopy(pcmOut, 0, out, offset, samples);
        return samples;
    }
}
