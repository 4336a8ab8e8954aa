package io.callrec.media.codec.g7231;

/**
 * Test helper: packs G.723.1 frames (ITU-T G.723.1 §5, fields LSB first) so tests can build SID
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
}
