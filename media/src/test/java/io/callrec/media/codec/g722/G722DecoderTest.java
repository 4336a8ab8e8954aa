package io.callrec.media.codec.g722;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.testing.RtpPayloads;
import io.callrec.media.codec.testing.Snr;
import io.callrec.media.codec.testing.Tools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class G722DecoderTest {

    @TempDir
    Path tmp;

    @Test
    void fixtureToneDecodesLikeFfmpeg() throws IOException {
        byte[] code = resource("tone-1k3k-300ms.g722");
        short[] ref = Tools.toShorts(resource("tone-1k3k-300ms.ffmpeg.s16le"));
        short[] ours = decodeInPackets(code, 160);
        Snr.Result snr = Snr.at(ref, ref.length, ours, ours.length, 0);
        System.out.println("G.722 fixture tone vs ffmpeg decode: " + snr);
        assertThat(ours).hasSameSizeAs(ref);
        assertThat(snr.db()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void ffmpegEncodedTonesDecodeLikeFfmpeg() throws Exception {
        Tools.assumeFfmpeg();
        short[] pcm = Tools.tones(16000, 2.0, 1000, 0.3, 3000, 0.2);
        Path raw = tmp.resolve("in.raw");
        Path g722 = tmp.resolve("out.g722");
        Path ref = tmp.resolve("ref.raw");
        Tools.writeS16le(raw, pcm, pcm.length);
        Tools.ffmpeg("-f", "s16le", "-ar", "16000", "-ac", "1", "-i", raw.toString(), "-c:a", "g722", "-f", "g722", g722.toString());
        Tools.ffmpeg("-f", "g722", "-i", g722.toString(), "-f", "s16le", ref.toString());
        short[] expected = Tools.readS16le(ref);
        short[] ours = decodeInPackets(Files.readAllBytes(g722), 160);
        Snr.Result snr = Snr.at(expected, expected.length, ours, ours.length, 0);
        Snr.Result source = Snr.best(pcm, pcm.length, ours, ours.length, 64);
        System.out.println("G.722 1k+3k tone (ffmpeg-encoded) vs ffmpeg decode: " + snr + "; vs original PCM: " + source);
        assertThat(snr.db()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void corpusCallDecodesLikeFfmpeg() throws Exception {
        Path capture = Tools.corpusFile("g722-sip-wireshark.pcap");
        Tools.assumeFfmpeg();
        List<RtpPayloads.Packet> packets = RtpPayloads.read(capture, 9);
        assertThat(packets).hasSize(425);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        packets.forEach(p -> all.writeBytes(p.payload()));
        Path g722 = tmp.resolve("call.g722");
        Path ref = tmp.resolve("call.raw");
        Files.write(g722, all.toByteArray());
        Tools.ffmpeg("-f", "g722", "-i", g722.toString(), "-f", "s16le", ref.toString());
        short[] expected = Tools.readS16le(ref);

        G722Decoder decoder = new G722Decoder();
        short[] ours = new short[all.size() * 2];
        int n = 0;
        for (RtpPayloads.Packet p : packets) {
            n += decoder.decode(p.payload(), 0, p.payload().length, ours, n);
        }
        Snr.Result snr = Snr.at(expected, expected.length, ours, n, 0);
        System.out.println("G.722 corpus g722-sip-wireshark.pcap (" + packets.size() + " packets) vs ffmpeg decode: " + snr);
        assertThat(n).isEqualTo(expected.length);
        assertThat(snr.db()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void oneRtpTickIsTwoOutputSamples() {
        G722Decoder decoder = new G722Decoder();
        short[] out = new short[decoder.maxSamples(160)];
        int n = decoder.decode(new byte[160], 0, 160, out, 0);
        assertThat(G722Decoder.RTP_CLOCK_RATE).isEqualTo(8000);
        assertThat(decoder.sampleRate()).isEqualTo(16000);
        assertThat(n).isEqualTo(320).isEqualTo((int) G722Decoder.samplesForRtpTicks(160));
    }

    @Test
    void lossIsBridgedByTheLastPeriodThenFadesToSilence() throws IOException {
        byte[] code = resource("tone-1k3k-300ms.g722");
        G722Decoder decoder = new G722Decoder();
        short[] out = new short[4000];
        decoder.decode(code, 0, 1600, out, 0);
        double before = rms(out, 3000, 200);
        int n = decoder.conceal(out, 0, 320);
        double bridged = rms(out, 0, 160);
        decoder.conceal(out, 320, 1280);
        assertThat(n).isEqualTo(320);
        assertThat(bridged).isBetween(0.8 * before, 1.2 * before);
        assertThat(rms(out, 1300, 300)).isZero();
        assertThat(decoder.samplesConcealed()).isEqualTo(1600);
    }

    @Test
    void decodingRecoversAfterALoss() throws IOException {
        byte[] code = resource("tone-1k3k-300ms.g722");
        short[] clean = decodeInPackets(code, 160);
        G722Decoder decoder = new G722Decoder();
        short[] out = new short[clean.length];
        int n = 0;
        for (int off = 0; off < code.length; off += 160) {
            n += off == 800 ? decoder.conceal(out, n, 320) : decoder.decode(code, off, 160, out, n);
        }
        // Lost: 100..120 ms. The ADPCM state re-converges on the loss-free decode as packets arrive.
        Snr.Result early = window(clean, out, 1920, 2240);
        Snr.Result late = window(clean, out, 4160, 4800);
        System.out.println("G.722 after a lost packet vs loss-free decode: 0..20 ms " + early + ", 140..180 ms " + late);
        assertThat(n).isEqualTo(clean.length);
        assertThat(late.db()).isGreaterThan(early.db() + 5).isGreaterThanOrEqualTo(12);
    }

    @Test
    void randomOctetsDecodeWithoutFault() {
        Random random = new Random(7);
        byte[] noise = new byte[16000];
        random.nextBytes(noise);
        G722Decoder decoder = new G722Decoder();
        short[] out = new short[decoder.maxSamples(noise.length)];
        assertThat(decoder.decode(noise, 0, noise.length, out, 0)).isEqualTo(32000);
        assertThat(decoder.decode(noise, noise.length - 10, 20, out, 0)).isZero();
    }

    private static short[] decodeInPackets(byte[] code, int packet) {
        G722Decoder decoder = new G722Decoder();
        short[] out = new short[decoder.maxSamples(code.length)];
        int n = 0;
        for (int off = 0; off < code.length; off += packet) {
            n += decoder.decode(code, off, Math.min(packet, code.length - off), out, n);
        }
        return out;
    }

    private static Snr.Result window(short[] reference, short[] test, int from, int to) {
        return Snr.at(java.util.Arrays.copyOfRange(reference, from, to), to - from,
                java.util.Arrays.copyOfRange(test, from, to), to - from, 0);
    }

    private static double rms(short[] s, int from, int count) {
        double e = 0;
        for (int i = from; i < from + count; i++) {
            e += (double) s[i] * s[i];
        }
        return Math.sqrt(e / count);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = G722DecoderTest.class.getResourceAsStream("/g722/" + name)) {
            return in.readAllBytes();
        }
    }
}
