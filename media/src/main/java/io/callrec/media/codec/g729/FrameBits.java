package io.callrec.media.codec.g729;

/**
 * Unpacks the transmitted parameters of one frame, MSB first as RFC 3551 §4.5.6 lays them out.
 * Speech (80 bits, in the order of G.729's bit-allocation table):
 * L0 L1 L2 L3 | P1 P0 C1 S1 GA1 GB1 | P2 C2 S2 GA2 GB2.
 * SID (15 bits + 1 pad, G.729 Annex B §B.4): MA switch, LSF stage 1, LSF stage 2, energy.
 */
final class FrameBits {

    static final int L0 = 0, L1 = 1, L2 = 2, L3 = 3, P1 = 4, P0 = 5, C1 = 6, S1 = 7, GA1 = 8, GB1 = 9;
    static final int P2 = 10, C2 = 11, S2 = 12, GA2 = 13, GB2 = 14;
    static final int SPEECH_PARAMS = 15;
    private static final int[] SPEECH_WIDTHS = {1, 7, 5, 5, 8, 1, 13, 4, 3, 4, 5, 13, 4, 3, 4};

    static final int SID_MA = 0, SID_LSF1 = 1, SID_LSF2 = 2, SID_ENERGY = 3;
    static final int SID_PARAMS = 4;
    private static final int[] SID_WIDTHS = {1, 5, 4, 5};

    private FrameBits() {
    }

    static void unpackSpeech(byte[] b, int offset, int[] prm) {
        unpack(b, offset, SPEECH_WIDTHS, prm);
    }

    static void unpackSid(byte[] b, int offset, int[] prm) {
        unpack(b, offset, SID_WIDTHS, prm);
    }

    private static void unpack(byte[] b, int offset, int[] widths, int[] prm) {
        int bit = 0;
        for (int p = 0; p < widths.length; p++) {
            int value = 0;
            for (int i = 0; i < widths[p]; i++, bit++) {
                value = (value << 1) | ((b[offset + (bit >>> 3)] >>> (7 - (bit & 7))) & 1);
            }
            prm[p] = value;
        }
    }

    /**
     * G.729 §3.7.2 / §4.1.2: P0 is an even-parity bit over the six most significant bits of P1.
     * True when the check fails, in which case the decoder treats the first pitch delay as lost.
     */
    static boolean parityError(int p1, int p0) {
        int sum = 1 + p0;
        for (int i = 2; i < 8; i++) {
            sum += (p1 >>> i) & 1;
        }
        return (sum & 1) != 0;
    }
}
