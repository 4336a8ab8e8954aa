package io.callrec.media.codec.g729;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Annex B comfort noise from SID frames built bit by bit (Annex B §B.4: MA switch 1 bit,
 * LSF first stage 5 bits, LSF second stage 4 bits, energy 5 bits, one padding bit). No real SID
 * capture exists in the corpus.
 */
class G729ComfortNoiseTest {

    private static final int FRAME = 80;

    static byte[] sid(int ma, int lsf1, int lsf2, int energy) {
        int bits = (ma << 15) | (lsf1 << 10) | (lsf2 << 6) | (energy << 1);
        return new byte[] {(byte) (bits >>> 8), (byte) bits};
    }

    /**
     * Output RMS the SID promises: the energy index gives the excitation RMS (SID gain), which the
     * synthesis filter 1/A(z) amplifies by the norm of its impulse response.
     */
    private static double expectedOutputRms(G729Decoder decoder) {
        double[] a = decoder.lastLpc();
        double[] h = new double[400];
        double energy = 0;
        for (int n = 0; n < h.length; n++) {
            double s = n == 0 ? 1.0 : 0.0;
            for (int j = 1; j < a.length && j <= n; j++) {
                s -= a[j] * h[n - j];
            }
            h[n] = s;
            energy += s * s;
        }
        return decoder.sidGain() * Math.sqrt(energy);
    }

    private static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    @Test
    void sidFrameProducesComfortNoiseAtTheEncodedLevel() {
        int[][] sids = {{0, 5, 3, 12}, {1, 17, 9, 16}, {0, 28, 0, 20}, {1, 2, 14, 8}};
        for (int[] s : sids) {
            G729Decoder decoder = new G729Decoder();
            short[] out = new short[FRAME * 101];
            int n = decoder.decode(sid(s[0], s[1], s[2], s[3]), 0, 2, out, 0);
            n += decoder.conceal(out, n, FRAME * 100);

            double measured = G729TestSupport.rms(out, FRAME * 20, n);
            double expected = expectedOutputRms(decoder);
            System.out.printf("SID %s: gain %.1f, output RMS %.1f, expected %.1f (%+.2f dB)%n", Arrays.toString(s),
                    decoder.sidGain(), measured, expected, db(measured / expected));
            assertThat(decoder.sidGain()).isEqualTo(G729Tables.SID_GAIN[s[3]]);
            assertThat(db(measured / expected)).isCloseTo(0.0, within(3.0));
        }
    }

    @Test
    void sidEnergyIndexScalesTheNoiseLevel() {
        double quiet = steadyNoiseRms(10);
        double loud = steadyNoiseRms(20);

        double stepDb = db(G729Tables.SID_GAIN[20] / G729Tables.SID_GAIN[10]);
        assertThat(db(loud / quiet)).isCloseTo(stepDb, within(1.5));
    }

    private static double steadyNoiseRms(int energy) {
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[FRAME * 101];
        int n = decoder.decode(sid(0, 9, 4, energy), 0, 2, out, 0);
        n += decoder.conceal(out, n, FRAME * 100);
        return G729TestSupport.rms(out, FRAME * 20, n);
    }

    @Test
    void comfortNoiseStaysWithinRangeForEveryEnergyIndexUpToTypicalLevels() {
        for (int energy = 0; energy < 32; energy++) {
            G729Decoder decoder = new G729Decoder();
            short[] out = new short[FRAME * 51];
            int n = decoder.decode(sid(energy & 1, energy, energy & 15, energy), 0, 2, out, 0);
            n += decoder.conceal(out, n, FRAME * 50);
            long clipped = 0;
            for (int i = 0; i < n; i++) {
                if (out[i] == Short.MAX_VALUE || out[i] == Short.MIN_VALUE) {
                    clipped++;
                }
            }
            if (energy <= 24) {
                assertThat(clipped).as("clipped samples at energy index %d", energy).isZero();
            }
            assertThat(n).isEqualTo(FRAME * 51);
        }
    }

    @Test
    void dtxGapsBetweenSidFramesKeepTheNoiseContinuous() {
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[FRAME * 200];
        int n = 0;
        for (int burst = 0; burst < 5; burst++) {
            n += decoder.decode(sid(0, 12, 7, 16), 0, 2, out, n);
            n += decoder.conceal(out, n, FRAME * 39);
        }

        assertThat(n).isEqualTo(FRAME * 200);
        assertThat(decoder.sidFrames()).isEqualTo(5);
        assertThat(decoder.noiseFrames()).isEqualTo(5 * 39);
        assertThat(decoder.concealedFrames()).isZero();
        double overall = G729TestSupport.rms(out, FRAME * 10, n);
        for (int f = 10; f < 200; f++) {
            double frameRms = G729TestSupport.rms(out, f * FRAME, (f + 1) * FRAME);
            assertThat(db(frameRms / overall)).as("frame %d level", f).isBetween(-10.0, 10.0);
        }
    }

    @Test
    void sidFrameBetweenSpeechFramesIsDecodedAsComfortNoise() throws Exception {
        byte[] speech = G729TestSupport.resource("clean-speech-800ms.g729");
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[FRAME * 100];
        int n = 0;
        for (int f = 0; f < 30; f++) {
            n += decoder.decode(speech, f * 10, 10, out, n);
        }
        n += decoder.decode(sid(0, 3, 5, 10), 0, 2, out, n);
        n += decoder.conceal(out, n, FRAME * 9);
        int resumed = n;
        for (int f = 30; f < 80; f++) {
            n += decoder.decode(speech, f * 10, 10, out, n);
        }

        assertThat(n).isEqualTo(FRAME * 90);
        assertThat(decoder.frames()).isEqualTo(80);
        assertThat(decoder.sidFrames()).isEqualTo(1);
        assertThat(decoder.noiseFrames()).isEqualTo(9);
        assertThat(decoder.concealedFrames()).isZero();
        double noise = G729TestSupport.rms(out, FRAME * 32, resumed);
        double speechAfter = G729TestSupport.rms(out, resumed + FRAME * 5, n);
        assertThat(noise).isGreaterThan(0.0);
        assertThat(speechAfter).isGreaterThan(noise * 4);
    }

    @Test
    void speechFrameFollowedBySidInOnePacketYieldsTwoFrames() throws Exception {
        byte[] speech = G729TestSupport.resource("clean-speech-800ms.g729");
        byte[] packet = new byte[12];
        System.arraycopy(speech, 0, packet, 0, 10);
        System.arraycopy(sid(1, 7, 2, 14), 0, packet, 10, 2);
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[decoder.maxSamples(packet.length)];

        int n = decoder.decode(packet, 0, packet.length, out, 0);

        assertThat(n).isEqualTo(2 * FRAME);
        assertThat(decoder.frames()).isEqualTo(1);
        assertThat(decoder.sidFrames()).isEqualTo(1);
        assertThat(decoder.errors()).isZero();
    }

    /**
     * A real Annex B stream (bcg729 encoder with VAD, see src/test/resources/g729/README.md)
     * against bcg729's decode: speech and comfort noise. The noise generator follows the reference
     * random sequence, so even the noise waveform is close; the level per pause is what matters.
     */
    @Test
    void realAnnexBStreamMatchesReferenceDecoderIncludingNoiseLevel() throws Exception {
        byte[] records = G729TestSupport.resource("annexb-vad-speech.rec");
        short[] reference = G729TestSupport.littleEndianPcm(G729TestSupport.resource("annexb-vad-speech.bcg729.s16le"));
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[reference.length];
        StringBuilder kinds = new StringBuilder();
        int n = 0;
        for (int i = 0; i < records.length; ) {
            int length = records[i++] & 0xFF;
            n += length == 0 ? decoder.conceal(out, n, FRAME) : decoder.decode(records, i, length, out, n);
            kinds.append(length == 10 ? 'S' : 'N');
            i += length;
        }

        double snr = G729TestSupport.snrDb(reference, out);
        System.out.printf("G.729 Annex B stream: %d speech, %d SID, %d untransmitted frames; SNR vs bcg729 %.2f dB%n",
                decoder.frames(), decoder.sidFrames(), decoder.noiseFrames(), snr);
        assertThat(n).isEqualTo(reference.length);
        assertThat(decoder.sidFrames()).isEqualTo(14);
        assertThat(decoder.noiseFrames()).isEqualTo(194);
        assertThat(decoder.concealedFrames()).isZero();
        assertThat(snr).isGreaterThan(25.0);
        for (int f = 0; f < kinds.length(); ) {
            int end = f;
            while (end < kinds.length() && kinds.charAt(end) == 'N') {
                end++;
            }
            if (end - f >= 5) {
                double ours = G729TestSupport.rms(out, f * FRAME, end * FRAME);
                double theirs = G729TestSupport.rms(reference, f * FRAME, end * FRAME);
                assertThat(db(ours / theirs)).as("noise level, frames %d-%d", f, end).isCloseTo(0.0, within(1.0));
            }
            f = Math.max(end, f + 1);
        }
    }
}
