package io.callrec.media.codec.g722;

import io.callrec.media.codec.AudioDecoder;

/**
 * ITU-T G.722 decoder, mode 1 (64 kbit/s): every octet carries one lower sub-band code (6 bits,
 * ILR) and one higher sub-band code (2 bits, IH) and yields two 16 kHz output samples through the
 * receive QMF. Lost packets are concealed by {@link G722Concealer}; the ADPCM state is then told to
 * forget its signal memory so the first good packet re-converges instead of replaying stale history.
 */
public final class G722Decoder implements AudioDecoder {

    /** Output sample rate. */
    public static final int SAMPLE_RATE = 16000;
    /** RTP clock rate of payload type 9 (RFC 3551 §4.5.2): 8000 for historical reasons, not the 16 kHz audio rate. */
    public static final int RTP_CLOCK_RATE = 8000;
    /** Output samples per RTP timestamp tick (= {@link #SAMPLE_RATE} / {@link #RTP_CLOCK_RATE}). */
    public static final int SAMPLES_PER_RTP_TICK = SAMPLE_RATE / RTP_CLOCK_RATE;

    private final G722Band lower = new G722Band(32);
    private final G722Band higher = new G722Band(8);
    /**
     * Receive QMF delay line (§4, computed as in §5): pairs of (RL + RH, RL - RH), oldest first;
     * the 24 values in use start at {@code qmfStart}. The window slides along a longer array and
     * is moved back to the start only when it reaches the end, instead of shifting 22 values for
     * every octet.
     */
    private final int[] qmf = new int[24 + 2 * 512];
    private int qmfStart = -2;
    private final G722Concealer concealer = new G722Concealer();
    private long octetsDecoded;
    private long packetsDecoded;

    /** Output samples for an RTP timestamp difference of {@code ticks} (RFC 3551 §4.5.2). */
    public static long samplesForRtpTicks(long ticks) {
        return ticks * SAMPLES_PER_RTP_TICK;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public int maxSamples(int payloadLength) {
        return 2 * Math.max(0, payloadLength);
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] out, int outOffset) {
        if (length <= 0 || offset < 0 || offset + length > payload.length) {
            return 0;
        }
        int o = outOffset;
        for (int i = 0; i < length; i++) {
            int octet = payload[offset + i] & 0xFF;
            decodeOctet(octet & 0x3F, octet >>> 6, out, o);
            o += 2;
        }
        octetsDecoded += length;
        packetsDecoded++;
        concealer.afterDecode(out, outOffset, o - outOffset);
        return o - outOffset;
    }

    @Override
    public int conceal(short[] out, int outOffset, int samples) {
        if (samples <= 0) {
            return 0;
        }
        if (concealer.startsLoss()) {
            lower.forgetSignal();
            higher.forgetSignal();
            java.util.Arrays.fill(qmf, 0);
        }
        return concealer.conceal(out, outOffset, samples);
    }

    /** §4: one 8-bit code word to two output samples. */
    private void decodeOctet(int ilr, int ih, short[] out, int o) {
        // Lower sub-band decoder (blocks 2L..6L, §6): INVQBL with the 6-bit code for the output,
        // RECONS and LIMIT.
        int dl = (lower.det * G722Tables.QQ6[ilr]) >> 15;
        int rl = clamp14(lower.s + dl);
        // INVQAL with the 4-bit code: the predictor and scale factor only see the 4-bit quantizer,
        // which is what keeps the lower band embedded (modes 2 and 3 drop the 2 low bits).
        int ilr4 = ilr >> 2;
        int dlt = (lower.det * G722Tables.QQ4[ilr4]) >> 15;
        // LOGSCL: NBL = NBL * (1 - 2^-7) + WL, limited to [0, 18432]; then SCALEL.
        lower.nb = Math.max(0, Math.min(18432, ((lower.nb * 127) >> 7) + G722Tables.WL[G722Tables.RIL4_TO_IL[ilr4]]));
        lower.scale(8);
        lower.adapt(dlt);

        // Higher sub-band decoder (blocks 2H..6H, §6): INVQAH, RECONS, LIMIT; LOGSCH limited to
        // [0, 22528]; SCALEH.
        int dh = (higher.det * G722Tables.QQ2[ih]) >> 15;
        int rh = clamp14(higher.s + dh);
        higher.nb = Math.max(0, Math.min(22528, ((higher.nb * 127) >> 7) + G722Tables.WH[G722Tables.IH_TO_IH2[ih]]));
        higher.scale(10);
        higher.adapt(dh);

        // Receive QMF (§4, §5): XD = RL - RH, XS = RL + RH enter the 24-tap delay line.
        int base = qmfStart + 2;
        if (base + 24 > qmf.length) {
            System.arraycopy(qmf, base, qmf, 0, 22);
            base = 0;
        }
        qmf[base + 22] = rl + rh;
        qmf[base + 23] = rl - rh;
        qmfStart = base;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < 12; i++) {
            even += qmf[base + 2 * i] * G722Tables.QMF[i];
            odd += qmf[base + 2 * i + 1] * G722Tables.QMF[11 - i];
        }
        out[o] = (short) G722Band.sat(odd >> 11);
        out[o + 1] = (short) G722Band.sat(even >> 11);
    }

    /** LIMIT blocks 6L/6H: reconstructed sub-band signals are 15-bit (-16384..16383). */
    private static int clamp14(int v) {
        return v > 16383 ? 16383 : (v < -16384 ? -16384 : v);
    }

    /** Octets (= RTP clock ticks) decoded so far. */
    public long octetsDecoded() {
        return octetsDecoded;
    }

    public long packetsDecoded() {
        return packetsDecoded;
    }

    public long samplesConcealed() {
        return concealer.samplesConcealed();
    }

    /** Back to the initial state of §6 (a new stream or an SSRC change). */
    public void reset() {
        lower.reset();
        higher.reset();
        java.util.Arrays.fill(qmf, 0);
        qmfStart = -2;
        concealer.reset();
    }
}
