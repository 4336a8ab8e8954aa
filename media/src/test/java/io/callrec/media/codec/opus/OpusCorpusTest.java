package io.callrec.media.codec.opus;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.testing.RtpPayloads;
import io.callrec.media.codec.testing.Snr;
import io.callrec.media.codec.testing.Tools;
import io.callrec.media.testkit.OggOpusWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real RTP Opus streams from the corpus, decoded by libopus (JNA) and by Concentus, against ffmpeg
 * decoding the same packets wrapped in an Ogg file. The reference is ffmpeg with its libopus
 * decoder (the RFC 6716 reference implementation); ffmpeg's native decoder is printed for
 * information only, since it is not bit-exact on hybrid packets. The first 200 ms are left out of
 * the asserted figure: libopus 1.3 and Concentus (a port of 1.1) differ on the first frames of a
 * hybrid stream (whole-stream figures are printed too). At 8 and 16 kHz ffmpeg resamples with its
 * own filter (ours is {@link io.callrec.media.dsp.PolyphaseResampler}), so both signals are
 * compared in the band below 0.8 x Nyquist.
 */
class OpusCorpusTest {

    private static final int WARM_UP_MS = 200;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} PT {1}")
    @CsvSource({
        "opus-48k-fullband-sip-wireshark.pcap, 99, 425",
        "opus-nb-fec-60s-asterisk.pcapng, 107, 3000",
        "opus-swb-dtmf-sll-asterisk.pcap, 96, 725",
    })
    void corpusStreamMatchesFfmpeg(String name, int payloadType, int packetCount) throws Exception {
        Path capture = Tools.corpusFile(name);
        Tools.assumeFfmpeg();
        List<byte[]> packets = OpusTestSupport.payloads(RtpPayloads.read(capture, payloadType));
        assertThat(packets).hasSize(packetCount);
        Path ogg = tmp.resolve("stream.opus");
        int[] durations = packets.stream().mapToInt(p -> OpusPacket.samples48k(p, 0, p.length)).toArray();
        OggOpusWriter.write(ogg, packets, durations, 1);
        boolean ffmpegLibopus = Tools.ffmpegHasDecoder("libopus");
        List<String> failures = new ArrayList<>();
        for (int rate : new int[] {48000, 16000, 8000}) {
            short[] reference = ffmpegDecode(ogg, rate, ffmpegLibopus);
            if (rate == 48000 && ffmpegLibopus) {
                short[] nativeRef = ffmpegDecode(ogg, rate, false);
                System.out.printf("Opus %s: ffmpeg native decoder vs ffmpeg libopus decoder at 48000 Hz: %s (information)%n",
                        name, Snr.best(reference, reference.length, nativeRef, nativeRef.length, 48));
            }
            List<OpusDecoder> decoders = new ArrayList<>(List.of(OpusDecoders.concentus(rate)));
            if (OpusDecoders.libopusAvailable()) {
                decoders.add(OpusDecoders.libopus(rate));
            }
            for (OpusDecoder decoder : decoders) {
                try (decoder) {
                    short[] out = OpusTestSupport.decodeAll(decoder, packets);
                    assertThat(decoder.errors()).isZero();
                    assertThat(decoder.decodedPackets()).isEqualTo(packets.size());
                    assertThat(out).hasSize(packets.size() * rate / 50);
                    int skip = rate * WARM_UP_MS / 1000;
                    short[] ref = OpusTestSupport.drop(reference, skip);
                    short[] ours = OpusTestSupport.drop(out, skip);
                    Snr.Result whole = Snr.best(reference, reference.length, out, out.length, rate / 100);
                    Snr.Result snr = rate == 48000
                            ? Snr.best(ref, ref.length, ours, ours.length, rate / 100)
                            : Snr.bestBandLimited(ref, ref.length, ours, ours.length, rate / 100, 0.8);
                    System.out.printf("Opus %s, %s at %d Hz vs ffmpeg (%s decoder): %s after %d ms%s; whole stream %s%n",
                            name, decoder.implementation(), rate, ffmpegLibopus ? "libopus" : "native", snr, WARM_UP_MS,
                            rate == 48000 ? "" : " (band below 0.8 Nyquist)", whole);
                    if (snr.db() < 30) {
                        failures.add(decoder.implementation() + " at " + rate + " Hz: " + snr);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private Path scratch(String name) {
        return tmp.resolve(name);
    }

    private short[] ffmpegDecode(Path ogg, int rate, boolean libopus) throws Exception {
        Path raw = scratch("ref-" + rate + (libopus ? "-libopus" : "-native") + ".raw");
        List<String> args = new ArrayList<>();
        if (libopus) {
            args.addAll(List.of("-c:a", "libopus"));
        }
        args.addAll(List.of("-i", ogg.toString(), "-f", "s16le", "-ar", Integer.toString(rate), "-ac", "1", raw.toString()));
        Tools.ffmpeg(args.toArray(String[]::new));
        return Tools.readS16le(raw);
    }
}
