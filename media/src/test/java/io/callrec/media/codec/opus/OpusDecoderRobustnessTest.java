package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callrec.media.codec.testing.RtpPayloads;
import io.callrec.media.codec.testing.Tools;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and odd input: nothing throws, nothing crashes the JVM, every bad packet is concealed and counted. */
class OpusDecoderRobustnessTest {

    private static OpusDecoder create(String implementation, int rate) {
        if (implementation.equals("libopus")) {
            assumeTrue(OpusDecoders.libopusAvailable(), "libopus not loadable: test skipped");
            return OpusDecoders.libopus(rate);
        }
        return OpusDecoders.concentus(rate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"libopus", "concentus"})
    void randomPacketsAreDecodedOrConcealedWithoutFault(String implementation) {
        Random random = new Random(42);
        try (OpusDecoder decoder = create(implementation, 16000)) {
            short[] out = new short[decoder.maxSamples(0) + 10];
            byte[] packet = new byte[1600];
            long produced = 0;
            for (int i = 0; i < 5000; i++) {
                int len = random.nextInt(i % 10 == 0 ? 1600 : 200);
                random.nextBytes(packet);
                int n = decoder.decode(packet, 0, len, out, 10);
                assertThat(n).isBetween(0, decoder.maxSamples(len));
                produced += n;
            }
            System.out.printf("Opus %s, 5000 random packets: %d decoded, %d concealed, %d errors%n",
                    decoder.implementation(), decoder.decodedPackets(), decoder.concealed(), decoder.errors());
            assertThat(decoder.errors()).isPositive();
            assertThat(decoder.concealed()).isEqualTo(decoder.errors());
            assertThat(decoder.decodedPackets() + decoder.errors()).isEqualTo(5000);
            assertThat(produced).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"libopus", "concentus"})
    void badBoundsAndEmptyPayloadsAreConcealedAsOnePacket(String implementation) {
        try (OpusDecoder decoder = create(implementation, 8000)) {
            short[] out = new short[decoder.maxSamples(0)];
            byte[] packet = {(byte) 0x08, 1, 2, 3};
            assertThat(decoder.decode(packet, 2, 10, out, 0)).isEqualTo(160);
            assertThat(decoder.decode(packet, -1, 2, out, 0)).isEqualTo(160);
            assertThat(decoder.decode(packet, 0, 0, out, 0)).isEqualTo(160);
            assertThat(decoder.decode(null, 0, 4, out, 0)).isEqualTo(160);
            assertThat(decoder.errors()).isEqualTo(4);
            assertThat(decoder.decodeFec(packet, 3, 5, out, 0, 160)).isEqualTo(160);
            assertThat(decoder.fecRecovered()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"libopus", "concentus"})
    void decodingAfterCloseConcealsWithSilence(String implementation) {
        OpusDecoder decoder = create(implementation, 8000);
        decoder.close();
        decoder.close();
        short[] out = new short[decoder.maxSamples(0)];
        Arrays.fill(out, (short) 7);
        if (implementation.equals("libopus")) {
            assertThat(decoder.decode(new byte[] {(byte) 0x08, 1, 2, 3}, 0, 4, out, 0)).isEqualTo(160);
            assertThat(Arrays.copyOf(out, 160)).containsOnly((short) 0);
        }
        assertThat(decoder.conceal(out, 0, 160)).isEqualTo(160);
    }

    @ParameterizedTest
    @ValueSource(strings = {"libopus", "concentus"})
    void concealmentOfOddLengthsWritesExactlyWhatWasAsked(String implementation) throws Exception {
        List<byte[]> packets = OpusTestSupport.payloads(RtpPayloads.read(Tools.corpusFile("opus-nb-fec-60s-asterisk.pcapng"), 107));
        try (OpusDecoder decoder = create(implementation, 8000)) {
            short[] out = new short[2000];
            for (int i = 0; i < 50; i++) {
                decoder.decode(packets.get(i), 0, packets.get(i).length, out, 0);
            }
            Arrays.fill(out, (short) 0x5555);
            assertThat(decoder.conceal(out, 10, 157)).isEqualTo(157);
            assertThat(out[9]).isEqualTo((short) 0x5555);
            assertThat(out[167]).isEqualTo((short) 0x5555);
            assertThat(decoder.decodeFec(packets.get(50), 0, packets.get(50).length, out, 300, 163)).isEqualTo(163);
            assertThat(out[463]).isEqualTo((short) 0x5555);
            assertThat(decoder.concealed()).isEqualTo(1);
            assertThat(decoder.fecRecovered()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"libopus", "concentus"})
    void multiFramePacketDecodesLikeItsFramesInSequence(String implementation) throws Exception {
        List<byte[]> packets = OpusTestSupport.payloads(RtpPayloads.read(Tools.corpusFile("opus-nb-fec-60s-asterisk.pcapng"), 107));
        // Code 3 VBR packet (RFC 6716 §3.2.5) holding the frames of packets 100..102 (each code 0, same TOC).
        byte[] a = packets.get(100);
        byte[] b = packets.get(101);
        byte[] c = packets.get(102);
        byte[] joined = new byte[2 + 2 + (a.length - 1) + (b.length - 1) + (c.length - 1)];
        joined[0] = (byte) ((a[0] & 0xFC) | 3);
        joined[1] = (byte) (0x80 | 3);
        joined[2] = (byte) (a.length - 1);
        joined[3] = (byte) (b.length - 1);
        int pos = 4;
        for (byte[] p : List.of(a, b, c)) {
            System.arraycopy(p, 1, joined, pos, p.length - 1);
            pos += p.length - 1;
        }
        short[] separate;
        short[] together;
        try (OpusDecoder d1 = create(implementation, 48000); OpusDecoder d2 = create(implementation, 48000)) {
            separate = OpusTestSupport.decodeAll(d1, packets.subList(0, 103));
            together = OpusTestSupport.decodeAll(d2, List.of(packets.subList(0, 100).toArray(byte[][]::new)));
            short[] tail = new short[d2.maxSamples(joined.length)];
            int n = d2.decode(joined, 0, joined.length, tail, 0);
            assertThat(n).isEqualTo(3 * 960);
            assertThat(d2.decodedFrames()).isEqualTo(103);
            together = Arrays.copyOf(together, together.length + n);
            System.arraycopy(tail, 0, together, together.length - n, n);
        }
        assertThat(together).isEqualTo(separate);
    }
}
