package io.callrec.media.codec.g722;

/** Constant tables of ITU-T G.722 (09/2012), named as in the specification's block descriptions. */
final class G722Tables {

    private G722Tables() {
    }

    /** 6-bit inverse quantizer output levels QQ6 (block INVQBL, mode 1), indexed by the 6-bit code ILR. */
    static final int[] QQ6 = {
        -136, -136, -136, -136, -24808, -21904, -19008, -16704,
        -14984, -13512, -12280, -11192, -10232, -9360, -8576, -7856,
        -7192, -6576, -6000, -5456, -4944, -4464, -4008, -3576,
        -3168, -2776, -2400, -2032, -1688, -1360, -1040, -728,
        24808, 21904, 19008, 16704, 14984, 13512, 12280, 11192,
        10232, 9360, 8576, 7856, 7192, 6576, 6000, 5456,
        4944, 4464, 4008, 3576, 3168, 2776, 2400, 2032,
        1688, 1360, 1040, 728, 432, 136, -432, -136,
    };

    /** 4-bit inverse quantizer QQ4 (block 2L, INVQAL), indexed by the 4 most significant bits ILR4. */
    static final int[] QQ4 = {
        0, -20456, -12896, -8968, -6288, -4240, -2584, -1200,
        20456, 12896, 8968, 6288, 4240, 2584, 1200, 0,
    };

    /** Higher sub-band 2-bit inverse quantizer QQ2 (block 2H, INVQAH), indexed by IH. */
    static final int[] QQ2 = {-7408, -1616, 7408, 1616};

    /** RIL4 to magnitude code mapping used by LOGSCL (block 3L). */
    static final int[] RIL4_TO_IL = {0, 7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2, 1, 0};

    /** Lower sub-band log scale factor multipliers WL (block 3L, LOGSCL). */
    static final int[] WL = {-60, -30, 58, 172, 334, 538, 1198, 3042};

    /** IH to magnitude code mapping used by LOGSCH (block 3H). */
    static final int[] IH_TO_IH2 = {2, 1, 2, 1};

    /** Higher sub-band log scale factor multipliers WH (block 3H, LOGSCH); index 0 unused. */
    static final int[] WH = {0, -214, 798};

    /** Inverse log2 table ILB used by SCALEL/SCALEH (blocks 3L and 3H). */
    static final int[] ILB = {
        2048, 2093, 2139, 2186, 2233, 2282, 2332, 2383,
        2435, 2489, 2543, 2599, 2656, 2714, 2774, 2834,
        2896, 2960, 3025, 3091, 3158, 3228, 3298, 3371,
        3444, 3520, 3597, 3676, 3756, 3838, 3922, 4008,
    };

    /** Receive QMF coefficients H0..H11 (§5; the 24-tap filter is symmetric, H23-i = Hi). */
    static final int[] QMF = {3, -11, 12, 32, -210, 951, 3876, -805, 362, -156, 53, -11};
}
