package io.callrec.media.codec.g7231;

/**
 * The transmitted parameters of one G.723.1 frame, unpacked per the bit-allocation tables and
 * packing order of ITU-T G.723.1 (and Annex A for SID frames): fields are packed least significant
 * bit first, starting with the two-bit rate/type code (RFC 3551 §4.5.3). One instance is reused for
 * every frame of a leg.
 */
final class FrameParams {

    static final int TYPE_ACTIVE = 0;
    static final int TYPE_SID = 1;
    static final int TYPE_UNTRANSMITTED = 2;

    /** Payload bytes of a frame by its two-bit code: 6.3 kbit/s, 5.3 kbit/s, SID, untransmitted. */
    static final int[] FRAME_BYTES = {24, 20, 4, 1};

    private static final int PITCH_MIN = 18;
    private static final int GAIN_LEVELS = 24;

    int type;
    /** True for 5.3 kbit/s (ACELP) frames, false for 6.3 kbit/s (MP-MLQ). */
    boolean lowRate;
    final int[] lspIndex = new int[3];
    final int[] pitchLag = new int[2];
    final int[] acbLag = new int[4];
    final int[] acbGain = new int[4];
    final int[] diracTrain = new int[4];
    final int[] ampIndex = new int[4];
    final int[] grid = new int[4];
    final int[] pulsePos = new int[4];
    final int[] pulseSign = new int[4];

    private byte[] buf;
    private int pos;
    private int end;
    private int bitPos;

    /**
     * Unpacks one frame of {@code length} bytes (length already checked against {@link #FRAME_BYTES}).
     * Returns false when the frame carries a forbidden code (pitch lag code above 123 or a gain index
     * outside the codebook): the frame is then treated as erased (§3.10).
     */
    boolean unpack(byte[] data, int offset, int length) {
        buf = data;
        pos = offset;
        end = offset + length;
        bitPos = 0;
        int info = bits(2);
        if (info == 3) {
            type = TYPE_UNTRANSMITTED;
            return true;
        }
        lspIndex[2] = bits(8);
        lspIndex[1] = bits(8);
        lspIndex[0] = bits(8);
        if (info == 2) {
            type = TYPE_SID;
            ampIndex[0] = bits(6);
            return true;
        }
        type = TYPE_ACTIVE;
        lowRate = info == 1;
        pitchLag[0] = bits(7);
        acbLag[1] = bits(2);
        pitchLag[1] = bits(7);
        acbLag[3] = bits(2);
        if (pitchLag[0] > 123 || pitchLag[1] > 123) {
            return false;
        }
        pitchLag[0] += PITCH_MIN;
        pitchLag[1] += PITCH_MIN;
        acbLag[0] = 1;
        acbLag[2] = 1;
        for (int i = 0; i < 4; i++) {
            int gain = bits(12);
            int rows = 170;
            diracTrain[i] = 0;
            if (!lowRate && pitchLag[i >> 1] < ChannelState.SUB - 2) {
                diracTrain[i] = gain >> 11;
                gain &= 0x7FF;
                rows = 85;
            }
            acbGain[i] = gain / GAIN_LEVELS;
            if (acbGain[i] >= rows) {
                return false;
            }
            ampIndex[i] = gain - acbGain[i] * GAIN_LEVELS;
        }
        for (int i = 0; i < 4; i++) {
            grid[i] = bits(1);
        }
        if (lowRate) {
            for (int i = 0; i < 4; i++) {
                pulsePos[i] = bits(12);
            }
            for (int i = 0; i < 4; i++) {
                pulseSign[i] = bits(4);
            }
        } else {
            unpackMpMlq();
        }
        return true;
    }

    /** 6.3 kbit/s: a 13-bit combined MSB code of the four position indices, then their LSBs. */
    private void unpackMpMlq() {
        bits(1); // reserved bit
        int combined = bits(13);
        int p0 = combined / 810;
        combined -= p0 * 810;
        int p1 = combined / 90;
        combined -= p1 * 90;
        int p2 = combined / 9;
        int p3 = combined - p2 * 9;
        pulsePos[0] = (p0 << 16) + bits(16);
        pulsePos[1] = (p1 << 14) + bits(14);
        pulsePos[2] = (p2 << 16) + bits(16);
        pulsePos[3] = (p3 << 14) + bits(14);
        pulseSign[0] = bits(6);
        pulseSign[1] = bits(5);
        pulseSign[2] = bits(6);
        pulseSign[3] = bits(5);
    }

    /** Reads {@code n} bits LSB first; bits past the end of the frame read as zero. */
    private int bits(int n) {
        int value = 0;
        for (int i = 0; i < n; i++) {
            int bytePos = pos + (bitPos >> 3);
            int bit = bytePos < end ? (buf[bytePos] >> (bitPos & 7)) & 1 : 0;
            value |= bit << i;
            bitPos++;
        }
        return value;
    }
}
