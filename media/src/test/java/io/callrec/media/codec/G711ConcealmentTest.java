package io.callrec.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.ReferenceG711;
import org.junit.jupiter.api.Test;

class G711ConcealmentTest {

    /** 200 Hz (pitch period 40 samples) voiced-like tone, 20 ms packets. */
    private static short[] tone(int from, int n) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            double t = (from + i) / 8000.0;
            s[i] = (short) (6000 * Math.sin(2 * Math.PI * 200 * t) + 2000 * Math.sin(2 * Math.PI * 400 * t));
        }
        return s;
    }

    private static G711Decoder warmedUp(int packets) {
        G711Decoder d = G711Decoder.ulaw();
        short[] out = new short[160];
        for (int k = 0; k < packets; k++) {
            byte[] payload = ReferenceG711.ulaw(tone(160 * k, 160));
            d.decode(payload, 0, payload.length, out, 0);
        }
        return d;
    }

    @Test
    void lostPacketContinuesThePitchPeriodThenFadesToSilenceWithin60Ms() {
        G711Decoder d = warmedUp(5);
        short[] c = new short[640];
        d.conceal(c, 0, 160);
        d.conceal(c, 160, 480);
        short[] truth = tone(800, 80);
        double err = 0;
        double sig = 0;
        for (int i = 0; i < 80; i++) {
            err += Math.pow(c[i] - truth[i], 2);
            sig += Math.pow(truth[i], 2);
        }
        assertThat(10 * Math.log10(sig / err)).as("SNR of the first 10 ms against the real continuation").isGreaterThan(15);
        double previous = Double.MAX_VALUE;
        for (int block = 1; block < 6; block++) {
            double peak = 0;
            for (int i = 80 * block; i < 80 * (block + 1); i++) {
                peak = Math.max(peak, Math.abs(c[i]));
            }
            assertThat(peak).as("peak of 10 ms block %d", block).isLessThan(previous);
            previous = peak;
        }
        for (int i = 480; i < 640; i++) {
            assertThat(c[i]).as("sample %d after 60 ms", i).isZero();
        }
    }

    @Test
    void concealmentWithoutHistoryIsSilence() {
        short[] c = new short[160];
        java.util.Arrays.fill(c, (short) 99);
        G711Decoder.alaw().conceal(c, 0, 160);
        assertThat(c).containsOnly((short) 0);
    }

    @Test
    void packetAfterALossIsStillAPlainTableDecode() {
        G711Decoder d = warmedUp(5);
        d.conceal(new short[160], 0, 160);
        byte[] payload = ReferenceG711.ulaw(tone(960, 160));
        short[] out = new short[160];
        d.decode(payload, 0, 160, out, 0);
        short[] fresh = new short[160];
        G711Decoder.ulaw().decode(payload, 0, 160, fresh, 0);
        assertThat(out).containsExactly(fresh);
    }

    @Test
    void secondLossAfterRecoveryStartsAFreshConcealment() {
        G711Decoder d = warmedUp(5);
        d.conceal(new short[800], 0, 800);
        byte[] payload = ReferenceG711.ulaw(tone(1600, 160));
        d.decode(payload, 0, 160, new short[160], 0);
        short[] c = new short[80];
        d.conceal(c, 0, 80);
        int peak = 0;
        for (short v : c) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertThat(peak).isGreaterThan(3000);
    }
}
