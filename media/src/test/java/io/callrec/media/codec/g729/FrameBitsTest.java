package io.callrec.media.codec.g729;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameBitsTest {

    @Test
    void speechFrameFieldsAreReadMsbFirstInRfc3551Order() {
        // L0=1 L1=0x55 L2=0 L3=31 P1=0xA5 P0=1 C1=0x1ABC S1=9 GA1=5 GB1=3 P2=17 C2=1 S2=0 GA2=7 GB2=15
        int[] values = {1, 0x55, 0, 31, 0xA5, 1, 0x1ABC, 9, 5, 3, 17, 1, 0, 7, 15};
        int[] widths = {1, 7, 5, 5, 8, 1, 13, 4, 3, 4, 5, 13, 4, 3, 4};
        byte[] frame = pack(values, widths, 10);
        int[] prm = new int[FrameBits.SPEECH_PARAMS];

        FrameBits.unpackSpeech(frame, 0, prm);

        assertThat(prm).containsExactly(values);
    }

    @Test
    void sidFrameFieldsAreReadMsbFirst() {
        int[] values = {1, 21, 6, 30};
        byte[] frame = pack(values, new int[] {1, 5, 4, 5}, 2);
        int[] prm = new int[FrameBits.SPEECH_PARAMS];

        FrameBits.unpackSid(frame, 0, prm);

        assertThat(prm).startsWith(values);
    }

    @Test
    void parityCoversTheSixMostSignificantPitchBits() {
        int p1 = 0b1011_0111; // six MSBs 101101: four ones, so the parity bit must be 1
        assertThat(FrameBits.parityError(p1, 1)).isFalse();
        assertThat(FrameBits.parityError(p1, 0)).isTrue();
        assertThat(FrameBits.parityError(p1 ^ 0b11, 0)).isTrue(); // the two LSBs are not covered
        assertThat(FrameBits.parityError(p1 ^ 0b100, 0)).isFalse();
    }

    private static byte[] pack(int[] values, int[] widths, int bytes) {
        byte[] out = new byte[bytes];
        int bit = 0;
        for (int p = 0; p < values.length; p++) {
            for (int i = widths[p] - 1; i >= 0; i--, bit++) {
                if (((values[p] >>> i) & 1) != 0) {
                    out[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
                }
            }
        }
        return out;
    }
}
