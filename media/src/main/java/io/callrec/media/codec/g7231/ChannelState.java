package io.callrec.media.codec.g7231;

/**
 * Everything a G.723.1 decoder carries from frame to frame for one stream, plus the reused scratch
 * buffers of the per-frame stages. Field names follow the roles in ITU-T G.723.1 §3 and Annex A.
 */
final class ChannelState {

    static final int FRAME = 240;
    static final int SUB = 60;
    static final int ORDER = 10;
    static final int PITCH_MAX = 145;
    static final int CNG_SEED = 12345;

    final short[] prevLsp = new short[ORDER];
    final short[] sidLsp = new short[ORDER];
    final short[] curLsp = new short[ORDER];
    /** Excitation history (last PITCH_MAX samples of the previous frame). */
    final short[] prevExcitation = new short[PITCH_MAX];
    /** History followed by the current frame's excitation (+4 for the forward pitch post-filter). */
    final short[] excitation = new short[PITCH_MAX + FRAME + 4];
    /** Synthesis work area: ORDER samples of filter memory, then the frame (+ room for scaled history). */
    final short[] audio = new short[FRAME + ORDER + PITCH_MAX + 4];
    final short[] synthMem = new short[ORDER];
    final short[] lpc = new short[4 * ORDER];

    /** Frame type of the previous frame (FrameParams.TYPE_*); a fresh decoder behaves as after a SID. */
    int pastFrameType = FrameParams.TYPE_SID;
    int erasedFrames;
    int interpIndex;
    int interpGain;
    int randomSeed;
    int cngRandomSeed = CNG_SEED;
    /** Annex A: excitation energy of the last active frame, then the decoded SID gain. */
    int sidGain;
    /** Annex A: scale of the energy estimate, then the smoothed CNG gain. */
    int curGain;

    final Lsp lsp = new Lsp();
    final short[] acbVector = new short[SUB];
    final short[] residual = new short[SUB + 4];
    final short[] diracScratch = new short[SUB];

    ChannelState() {
        System.arraycopy(G7231Tables.DC_LSP, 0, prevLsp, 0, ORDER);
        System.arraycopy(G7231Tables.DC_LSP, 0, sidLsp, 0, ORDER);
    }
}
