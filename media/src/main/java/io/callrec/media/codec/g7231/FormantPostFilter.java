package io.callrec.media.codec.g7231;

import static io.callrec.media.codec.g7231.ChannelState.FRAME;
import static io.callrec.media.codec.g7231.ChannelState.ORDER;
import static io.callrec.media.codec.g7231.ChannelState.SUB;

/**
 * Formant post-filter of ITU-T G.723.1 §3.8: a pole-zero filter A(z/0.65)/A(z/0.75), a first-order
 * tilt compensation driven by a smoothed reflection coefficient, and the gain scaling unit of §3.9
 * that restores the synthesised subframe energy with a slowly adapting gain.
 */
final class FormantPostFilter {

    private final short[] firMem = new short[ORDER];
    private final int[] iirMem = new int[ORDER];
    private final int[] signal = new int[ORDER + FRAME];
    private final short[] zero = new short[ORDER];
    private final short[] pole = new short[ORDER];
    private int reflection;
    private int gain = 1 << 12;

    /**
     * Filters the synthesised frame in {@code buf[ORDER..ORDER+FRAME)} (whose first ORDER entries are
     * overwritten with filter memory) into {@code out[oo..oo+FRAME)}, using the subframe LPC sets.
     */
    void apply(short[] lpc, short[] buf, short[] out, int oo) {
        System.arraycopy(firMem, 0, buf, 0, ORDER);
        System.arraycopy(iirMem, 0, signal, 0, ORDER);
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < ORDER; k++) {
                int a = -lpc[j * ORDER + k];
                zero[k] = (short) ((a * G7231Tables.POSTFILTER_ZERO[k] + (1 << 14)) >> 15);
                pole[k] = (short) ((a * G7231Tables.POSTFILTER_POLE[k] + (1 << 14)) >> 15);
            }
            poleZero(buf, ORDER + j * SUB);
        }
        System.arraycopy(buf, FRAME, firMem, 0, ORDER);
        System.arraycopy(signal, FRAME, iirMem, 0, ORDER);

        for (int j = 0; j < 4; j++) {
            int src = ORDER + j * SUB;
            int dst = oo + j * SUB;
            int scale = Fx.scaleVector(out, dst, buf, src, SUB);
            int corr0 = Fx.dot2(out, dst, out, dst + 1, SUB - 1);
            int corr1 = Fx.dot2(out, dst, out, dst, SUB);
            int k1 = corr1 >> 16;
            if (k1 != 0) {
                k1 = (corr0 >> 2) / k1;
            }
            reflection = (3 * reflection + k1 + 2) >> 2;
            int tilt = -reflection >> 1 & ~3;
            for (int i = 0; i < SUB; i++) {
                out[dst + i] = (short) (Fx.satDadd(signal[src + i], (signal[src + i - 1] >> 16) * tilt) >> 16);
            }
            int shift = 2 * scale + 4;
            int energy = shift < 0 ? Fx.clip32((long) corr1 << -shift) : corr1 >> shift;
            scaleGain(out, dst, energy);
        }
    }

    /** One subframe of A(z/0.65)/A(z/0.75) with a 32-bit (Q16) recursive part. */
    private void poleZero(short[] src, int so) {
        for (int m = 0; m < SUB; m++) {
            long acc = 0;
            for (int n = 1; n <= ORDER; n++) {
                acc -= zero[n - 1] * src[so + m - n] - pole[n - 1] * (signal[so + m - n] >> 16);
            }
            signal[so + m] = Fx.clip32((src[so + m] * 65536L) + (acc * 8) + (1 << 15));
        }
    }

    /** Gain scaling unit (§3.9): gain = sqrt(input energy / output energy), smoothed by 15/16. */
    private void scaleGain(short[] buf, int o, int energy) {
        int num = energy;
        int denom = 0;
        for (int i = 0; i < SUB; i++) {
            int t = buf[o + i] >> 2;
            denom = Fx.satDadd(denom, t * t);
        }
        int g;
        if (num != 0 && denom != 0) {
            int bits1 = Fx.normBits(num, 31);
            int bits2 = Fx.normBits(denom, 31);
            num = num << bits1 >> 1;
            denom <<= bits2;
            bits2 = Math.max(0, Math.min(31, 5 + bits1 - bits2));
            g = (num >> 1) / (denom >> 16);
            g = Fx.sqrtHalf(g << 16 >> bits2);
        } else {
            g = 1 << 12;
        }
        for (int i = 0; i < SUB; i++) {
            gain = (15 * gain + g + (1 << 3)) >> 4;
            buf[o + i] = (short) Fx.clip16((buf[o + i] * (gain + (gain >> 4)) + (1 << 10)) >> 11);
        }
    }
}
