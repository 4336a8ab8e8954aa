package io.callrec.media.codec.g7231;

/**
 * Test helper: packs G.723.1 frames (ITU-T G.723.1 bit allocation, fields LSB first) so tests can build SID
 * frames and 5.3 kbit/s frames that no available encoder produces.
 */
final class G7231FrameWriter {

    private final byte[] out;
    private int bit;

    private G7231FrameWriter(int bytes) {
        out = new byte[bytes];
    }

    private G7231FrameWriter put(int value, int bits) {
        for (int i = 0; i < bits; i++, bit++) {
            if (((value >> i) & 1) != 0) {
                out[bit >> 3] |= (byte) (1 << (bit & 7));
            }
        }
        return this;
    }

    /** A 4-byte SID frame: LSP indices (bands 0, 1, 2) and the 6-bit gain index (Annex A §A.5). */
    static byte[] sid(int lsp0, int lsp1, int lsp2, int gainIndex) {
        return new G7231FrameWriter(4).put(2, 2).put(lsp2, 8).put(lsp1, 8).put(lsp0, 8).put(gainIndex, 6).out;
    }

    /** A 1-byte untransmitted-frame code. */
    static byte[] untransmitted() {
        return new byte[] {3};
    }

    /**
     * A 5.3 kbit/s frame carrying the LSP, pitch and gains of a decoded 6.3 kbit/s frame; the ACELP
     * pulse codes are taken from the low bits of the MP-MLQ codes, so the result is a valid 5.3 frame
     * with a speech-like envelope and pitch, but not what an encoder would have chosen.
     */
    static byte[] lowRateFrom(FrameParams p) {
        G7231FrameWriter w = new G7231FrameWriter(20).put(1, 2)
            .put(p.lspIndex[2], 8).put(p.lspIndex[1], 8).put(p.lspIndex[0], 8)
            .put(p.pitchLag[0] - 18, 7).put(p.acbLag[1], 2).put(p.pitchLag[1] - 18, 7).put(p.acbLag[3], 2);
        for (int i = 0; i < 4; i++) {
            w.put(p.acbGain[i] * 24 + p.ampIndex[i], 12);
        }
        for (int i = 0; i < 4; i++) {
            w.put(p.grid[i], 1);
        }
        for (int i = 0; i < 4; i++) {
            w.put(p.pulsePos[i] & 0xFFF, 12);
        }
        for (int i = 0; i < 4; i++) {
            w.put(p.pulseSign[i] & 0xF, 4);
        }
        return w.out;
    }

    /** A 6.3 kbit/s frame from parameters (inverse of {@link FrameParams#unpack}). */
    static byte[] highRateFrom(FrameParams p) {
        G7231FrameWriter w = new G7231FrameWriter(24).put(0, 2)
            .put(p.lspIndex[2], 8).put(p.lspIndex[1], 8).put(p.lspIndex[0], 8)
            .put(p.pitchLag[0] - 18, 7).put(p.acbLag[1], 2).put(p.pitchLag[1] - 18, 7).put(p.acbLag[3], 2);
        for (int i = 0; i < 4; i++) {
            int code = p.acbGain[i] * 24 + p.ampIndex[i];
            if (p.pitchLag[i >> 1] < 58) {
                code |= p.diracTrain[i] << 11;
            }
            w.put(code, 12);
        }
        for (int i = 0; i < 4; i++) {
            w.put(p.grid[i], 1);
        }
        w.put(0, 1);
        int combined = (p.pulsePos[0] >> 16) * 810 + (p.pulsePos[1] >> 14) * 90 + (p.pulsePos[2] >> 16) * 9
            + (p.pulsePos[3] >> 14);
        w.put(combined, 13).put(p.pulsePos[0] & 0xFFFF, 16).put(p.pulsePos[1] & 0x3FFF, 14)
            .put(p.pulsePos[2] & 0xFFFF, 16).put(p.pulsePos[3] & 0x3FFF, 14);
        w.put(p.pulseSign[0], 6).put(p.pulseSign[1], 5).put(p.pulseSign[2], 6).put(p.pulseSign[3], 5);
        return w.out;
    }

    /**
     * Random but valid frames of all four kinds: talk spurts at either rate separated by SID and
     * untransmitted runs. Every field is inside its legal range, so no frame is treated as erased.
     */
    static byte[] randomValidStream(long seed, int frames) {
        java.util.Random r = new java.util.Random(seed);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FrameParams p = new FrameParams();
        int i = 0;
        while (i < frames) {
            int kind = r.nextInt(10);
            int run = 1 + r.nextInt(12);
            for (int k = 0; k < run && i < frames; k++, i++) {
                if (kind < 7) {
                    randomActive(r, p, kind < 4);
                    out.writeBytes(kind < 4 ? highRateFrom(p) : lowRateFrom(p));
                } else if (k == 0 || kind == 7) {
                    out.writeBytes(sid(r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(64)));
                } else {
                    out.writeBytes(untransmitted());
                }
            }
        }
        return out.toByteArray();
    }

    private static void randomActive(java.util.Random r, FrameParams p, boolean high) {
        for (int b = 0; b < 3; b++) {
            p.lspIndex[b] = r.nextInt(256);
        }
        p.pitchLag[0] = 18 + r.nextInt(124);
        p.pitchLag[1] = 18 + r.nextInt(124);
        p.acbLag[1] = r.nextInt(4);
        p.acbLag[3] = r.nextInt(4);
        for (int s = 0; s < 4; s++) {
            boolean small = high && p.pitchLag[s >> 1] < 58;
            p.acbGain[s] = r.nextInt(small ? 85 : 170);
            p.diracTrain[s] = small ? r.nextInt(2) : 0;
            p.ampIndex[s] = r.nextInt(24);
            p.grid[s] = r.nextInt(2);
            p.pulsePos[s] = high ? r.nextInt(G7231Tables.MAX_POS[s]) : r.nextInt(1 << 12);
            p.pulseSign[s] = r.nextInt(high ? 1 << G7231Tables.PULSES[s] : 16);
        }
    }
}
