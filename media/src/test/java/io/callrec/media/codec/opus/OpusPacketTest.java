package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpusPacketTest {

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void tocGivesFrameDurationForEveryMode() {
        assertThat(OpusPacket.frameSamples48k(0 << 3)).isEqualTo(480);      // SILK NB 10 ms
        assertThat(OpusPacket.frameSamples48k(3 << 3)).isEqualTo(2880);     // SILK NB 60 ms
        assertThat(OpusPacket.frameSamples48k(13 << 3)).isEqualTo(960);     // hybrid SWB 20 ms
        assertThat(OpusPacket.frameSamples48k(14 << 3)).isEqualTo(480);     // hybrid FB 10 ms
        assertThat(OpusPacket.frameSamples48k(28 << 3)).isEqualTo(120);     // CELT FB 2.5 ms
        assertThat(OpusPacket.frameSamples48k(31 << 3)).isEqualTo(960);     // CELT FB 20 ms
        assertThat(OpusPacket.hasSilkLayer(15 << 3)).isTrue();
        assertThat(OpusPacket.hasSilkLayer(16 << 3)).isFalse();
    }

    @Test
    void tocGivesTheRateEachCodedBandwidthNeeds() {
        // RFC 6716 §3.1: SILK NB 0-3, MB 4-7, WB 8-11; hybrid SWB 12-13, FB 14-15; CELT NB 16-19, WB 20-23, SWB 24-27, FB 28-31
        int[] expected = {8000, 12000, 16000, 24000, 48000, 8000, 16000, 24000, 48000};
        int[][] ranges = {{0, 3}, {4, 7}, {8, 11}, {12, 13}, {14, 15}, {16, 19}, {20, 23}, {24, 27}, {28, 31}};
        for (int r = 0; r < ranges.length; r++) {
            for (int config = ranges[r][0]; config <= ranges[r][1]; config++) {
                assertThat(OpusPacket.codedRate(config << 3 | 4 | 3)).as("config %d", config).isEqualTo(expected[r]);
            }
        }
        assertThat(OpusFraming.codedRate(bytes(14 << 3, 1, 2), 0, 3)).isEqualTo(48000);
        assertThat(OpusFraming.codedRate(bytes(0x09, 1, 2, 3), 0, 4)).as("malformed: no rate").isZero();
    }

    @Test
    void framingCodesGiveFrameCounts() {
        assertThat(OpusPacket.frameCount(bytes(0x08, 1, 2, 3), 0, 4)).isEqualTo(1);
        assertThat(OpusPacket.frameCount(bytes(0x09, 1, 2, 3, 4), 0, 5)).isEqualTo(2);
        assertThat(OpusPacket.frameCount(bytes(0x0A, 2, 1, 2, 3), 0, 5)).isEqualTo(2);
        // code 3, CBR, 3 frames of 2 octets
        assertThat(OpusPacket.frameCount(bytes(0x0B, 0x03, 1, 2, 3, 4, 5, 6), 0, 8)).isEqualTo(3);
        // code 3, VBR with padding: 2 frames, lengths 1 and rest, 2 octets of padding
        assertThat(OpusPacket.frameCount(bytes(0x0B, 0xC2, 2, 1, 7, 8, 9, 0, 0), 0, 9)).isEqualTo(2);
        assertThat(OpusPacket.firstFrameOffset(bytes(0x0B, 0xC2, 2, 1, 7, 8, 9, 0, 0), 0, 9)).isEqualTo(4);
        assertThat(OpusPacket.firstFrameLength(bytes(0x0B, 0xC2, 2, 1, 7, 8, 9, 0, 0), 0, 9)).isEqualTo(1);
        assertThat(OpusPacket.samples48k(bytes(0xFB, 0x06, 0, 0, 0, 0, 0, 0), 0, 8)).isEqualTo(5760);
    }

    @Test
    void packetsBreakingTheValidityRulesAreRejected() {
        assertThat(OpusPacket.frameCount(new byte[0], 0, 0)).isEqualTo(-1);                       // R1
        assertThat(OpusPacket.frameCount(bytes(0x09, 1, 2, 3), 0, 4)).isEqualTo(-1);            // R3: odd
        assertThat(OpusPacket.frameCount(bytes(0x0A, 9, 1, 2), 0, 4)).isEqualTo(-1);            // R4: N1 too long
        assertThat(OpusPacket.frameCount(bytes(0x0A, 253), 0, 2)).isEqualTo(-1);                // R4: cut length
        assertThat(OpusPacket.frameCount(bytes(0x0B), 0, 1)).isEqualTo(-1);                     // code 3 without count
        assertThat(OpusPacket.frameCount(bytes(0x0B, 0x00, 1), 0, 3)).isEqualTo(-1);            // M = 0
        assertThat(OpusPacket.frameCount(bytes(0x1B, 0x03, 1, 2, 3), 0, 5)).isEqualTo(-1);      // R5: 3 x 60 ms
        assertThat(OpusPacket.frameCount(bytes(0x0B, 0x03, 1, 2, 3, 4), 0, 6)).isEqualTo(-1);   // R6: 4 octets / 3
        assertThat(OpusPacket.frameCount(bytes(0x0B, 0x42, 255, 1, 2), 0, 5)).isEqualTo(-1);   // padding past the end
        assertThat(OpusPacket.frameCount(bytes(0x0B, 0x82, 9, 1), 0, 4)).isEqualTo(-1);         // R7: VBR length too long
    }
}
