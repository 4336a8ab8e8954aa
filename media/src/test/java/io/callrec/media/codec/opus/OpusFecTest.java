package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callrec.media.codec.testing.RtpPayloads;
import io.callrec.media.codec.testing.Snr;
import io.callrec.media.codec.testing.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SILK NB stream with in-band FEC, once complete and once with 29 single packets removed:
 * every hole is rebuilt from the next packet's LBRR data, and the rebuilt 20 ms are compared with
 * the same 20 ms of the complete stream (against plain PLC for the same holes).
 */
class OpusFecTest {

    private static final int RATE = 8000;
    private static final int PACKET = RATE / 50;

    @ParameterizedTest
    @ValueSource(strings = {"libopus", "concentus"})
    void lostPacketsAreRebuiltFromTheNextPacketsFec(String implementation) throws Exception {
        Path complete = Tools.corpusFile("opus-nb-fec-60s-asterisk.pcapng");
        Path lossy = Tools.corpusFile("opus-nb-fec-60s-29lost-asterisk.pcapng");
        if (implementation.equals("libopus")) {
            assumeTrue(OpusDecoders.libopusAvailable(), "libopus not loadable: test skipped");
        }
        List<RtpPayloads.Packet> all = RtpPayloads.read(complete, 107);
        List<RtpPayloads.Packet> received = RtpPayloads.read(lossy, 107);
        assertThat(all).hasSize(3000);
        assertThat(received).hasSize(2971);

        short[] clean = OpusTestSupport.decodeAll(create(implementation), OpusTestSupport.payloads(all));
        List<Integer> holes = new ArrayList<>();
        short[] fec;
        short[] plc;
        long recovered;
        try (OpusDecoder withFec = create(implementation); OpusDecoder withPlc = create(implementation)) {
            fec = decodeWithLoss(withFec, received, holes, true);
            plc = decodeWithLoss(withPlc, received, new ArrayList<>(), false);
            recovered = withFec.fecRecovered();
            assertThat(withFec.errors()).isZero();
            assertThat(withPlc.fecRecovered()).isZero();
            assertThat(withPlc.concealed()).isEqualTo(29);
        }
        assertThat(holes).hasSize(29);
        assertThat(fec).hasSameSizeAs(clean);
        Snr.Result fecSnr = holesSnr(clean, fec, holes);
        Snr.Result plcSnr = holesSnr(clean, plc, holes);
        System.out.printf("Opus FEC (%s, 8 kHz): %d of %d lost packets recovered; lost 20 ms vs complete stream: FEC %s, PLC %s%n",
                implementation, recovered, holes.size(), fecSnr, plcSnr);
        assertThat(recovered).isEqualTo(29);
        assertThat(fecSnr.db()).isGreaterThan(plcSnr.db() + 3);
    }

    private static OpusDecoder create(String implementation) {
        return implementation.equals("libopus") ? OpusDecoders.libopus(RATE) : OpusDecoders.concentus(RATE);
    }

    /** Engine-style loop: a single missing sequence number is rebuilt with FEC (or PLC) before the next packet. */
    private static short[] decodeWithLoss(OpusDecoder decoder, List<RtpPayloads.Packet> packets, List<Integer> holes, boolean useFec) {
        short[] out = new short[3000 * PACKET];
        int n = 0;
        int previous = -1;
        for (RtpPayloads.Packet p : packets) {
            byte[] b = p.payload();
            if (previous >= 0 && ((p.sequence() - previous) & 0xFFFF) == 2) {
                holes.add(n);
                n += useFec ? decoder.decodeFec(b, 0, b.length, out, n, PACKET) : decoder.conceal(out, n, PACKET);
            }
            n += decoder.decode(b, 0, b.length, out, n);
            previous = p.sequence();
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static Snr.Result holesSnr(short[] clean, short[] test, List<Integer> holes) {
        short[] a = new short[holes.size() * PACKET];
        short[] b = new short[a.length];
        for (int i = 0; i < holes.size(); i++) {
            System.arraycopy(clean, holes.get(i), a, i * PACKET, PACKET);
            System.arraycopy(test, holes.get(i), b, i * PACKET, PACKET);
        }
        return Snr.at(a, a.length, b, b.length, 0);
    }
}
