package io.callrec.media.codec.g729;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Concealment (G.729 §4.4) against a reference decoder on a real loss pattern, and lossy corpus
 * streams played on their RTP timeline: every timestamp gap is concealed (G.729 §4.4)
 * so the output is exactly as long as the timeline, and duplicates are dropped. The test plays the
 * packets itself (the engine's timeline is not involved) to exercise only the decoder.
 */
class G729LossTest {

    private static final int FRAME = 80;

    /** Real loss pattern (fixture from the 57 % loss capture) against bcg729's concealment. */
    @Test
    void concealmentFollowsTheReferenceDecoderOnRealLoss() throws Exception {
        byte[] records = G729TestSupport.resource("lossy-10ms-2500ms.rec");
        short[] reference = G729TestSupport.littleEndianPcm(G729TestSupport.resource("lossy-10ms-2500ms.bcg729.s16le"));
        G729Decoder decoder = new G729Decoder();

        short[] ours = G729TestSupport.decodeRecords(records, decoder);

        double snr = G729TestSupport.snrDb(reference, ours);
        System.out.printf("G.729 lossy fixture: %d frames, %d concealed; SNR vs bcg729 %.2f dB%n", decoder.frames(),
                decoder.concealedFrames(), snr);
        assertThat(ours).hasSameSizeAs(reference);
        assertThat(decoder.frames()).isEqualTo(119);
        assertThat(decoder.concealedFrames()).isEqualTo(131);
        assertThat(snr).isGreaterThan(30.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"g729-10ms-57pct-loss-rtpproxy.pcap", "g729-62pct-loss-rtpproxy.pcap",
        "g729-duplicate-rtpproxy.pcap"})
    void lostPacketsAreConcealedAndOutputCoversTheRtpTimeline(String file) throws Exception {
        List<G729TestSupport.Packet> packets = G729TestSupport.g729Packets(G729TestSupport.corpusFile(file));
        G729TestSupport.Packet first = packets.get(0);
        G729TestSupport.Packet last = packets.get(packets.size() - 1);
        long timeline = (last.timestamp() - first.timestamp() & 0xFFFFFFFFL) + last.payload().length / 10 * FRAME;
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[(int) timeline + FRAME];
        int n = 0;
        long next = first.timestamp();
        int duplicates = 0;
        long longGapStart = 0;
        long longGapEnd = 0;

        for (G729TestSupport.Packet p : packets) {
            int gap = (int) (p.timestamp() - next);
            if (gap < 0) {
                duplicates++;
                continue;
            }
            if (gap >= 100 * 8) {
                int before = n;
                n += decoder.conceal(out, n, gap);
                longGapStart += sumSquares(out, before, before + 160);
                longGapEnd += sumSquares(out, n - 160, n);
            } else if (gap > 0) {
                n += decoder.conceal(out, n, gap);
            }
            n += decoder.decode(p.payload(), 0, p.payload().length, out, n);
            next = p.timestamp() + p.payload().length / 10 * FRAME;
        }

        long missing = timeline - decoder.frames() * FRAME;
        System.out.printf("G.729 %s: %d packets, %d duplicates, %d frames decoded, %d concealed, %d samples (timeline %d)%n",
                file, packets.size(), duplicates, decoder.frames(), decoder.concealedFrames(), n, timeline);
        assertThat(n).isEqualTo(timeline);
        assertThat(decoder.concealedFrames() * FRAME).isEqualTo(missing);
        assertThat(decoder.errors()).isZero();
        if (missing > 0) {
            assertThat(decoder.concealedFrames()).isPositive();
            assertThat(longGapEnd).as("concealment fades over long gaps").isLessThan(longGapStart);
        }
    }

    private static long sumSquares(short[] pcm, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += (long) pcm[i] * pcm[i];
        }
        return s;
    }
}
