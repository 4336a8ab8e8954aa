package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.FecDecoder;
import io.callrec.media.mix.SampleSource;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.testkit.RtpPacketBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decoder with in-band FEC ({@link FecDecoder}, Opus): the last lost packet before a received one
 * is rebuilt from that packet's FEC data; earlier lost packets of a longer gap are concealed.
 */
class InBandFecGapTest {

    private static final short SPEECH = 1000;
    private static final short CONCEALED = 1;
    private static final short FROM_FEC = 7;
    private static final int PACKET = 160;

    @TempDir
    Path dir;

    /** Marks each source of samples with its own value so placement is visible. */
    private static final class MarkingDecoder implements AudioDecoder, FecDecoder {
        int fecCalls;

        @Override
        public int sampleRate() {
            return 8000;
        }

        @Override
        public int maxSamples(int payloadLength) {
            return PACKET;
        }

        @Override
        public int decode(byte[] payload, int offset, int length, short[] out, int outOffset) {
            Arrays.fill(out, outOffset, outOffset + PACKET, SPEECH);
            return PACKET;
        }

        @Override
        public int conceal(short[] out, int outOffset, int samples) {
            Arrays.fill(out, outOffset, outOffset + samples, CONCEALED);
            return samples;
        }

        @Override
        public int decodeFec(byte[] nextPayload, int offset, int length, short[] out, int outOffset, int samples) {
            fecCalls++;
            Arrays.fill(out, outOffset, outOffset + samples, FROM_FEC);
            return samples;
        }

        @Override
        public long fecRecovered() {
            return fecCalls;
        }
    }

    @Test
    void lastLostPacketComesFromTheNextPacketsFecAndEarlierOnesAreConcealed() throws Exception {
        MarkingDecoder decoder = new MarkingDecoder();
        long origin = 1_000_000_000L;
        LegTimeline t = new LegTimeline(origin, 8000, 8000, new PcmTrack(dir), new short[4096], pt -> decoder);
        Set<Integer> lost = Set.of(3, 7, 8);
        RtpHeader h = new RtpHeader();
        byte[] rtp = new byte[200];
        byte[] payload = new byte[20];
        for (int k = 0; k < 12; k++) {
            if (lost.contains(k)) {
                continue;
            }
            int n = RtpPacketBuilder.build(111, false, k, (long) PACKET * k, 9, payload, 0, payload.length, rtp);
            h.parse(rtp, 0, n);
            t.accept(origin + k * 20_000_000L, h, rtp);
        }
        LegCounters c = t.finish();
        short[] s = new short[12 * PACKET];
        try (SampleSource src = t.track().finish(c.firstSample())) {
            int total = 0;
            int n;
            while (total < s.length && (n = src.read(s, total, s.length - total)) > 0) {
                total += n;
            }
        }
        assertThat(s[2 * PACKET + 5]).isEqualTo(SPEECH);
        assertThat(s[3 * PACKET + 5]).as("single loss: FEC").isEqualTo(FROM_FEC);
        assertThat(s[7 * PACKET + 5]).as("first of two lost: concealed").isEqualTo(CONCEALED);
        assertThat(s[8 * PACKET + 5]).as("last of two lost: FEC").isEqualTo(FROM_FEC);
        assertThat(s[9 * PACKET + 5]).isEqualTo(SPEECH);
        assertThat(decoder.fecCalls).isEqualTo(2);
        assertThat(c.lost()).isEqualTo(3);
        assertThat(c.concealedSamples()).isEqualTo(3L * PACKET);
    }
}
