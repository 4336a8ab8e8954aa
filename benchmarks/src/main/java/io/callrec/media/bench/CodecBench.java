package io.callrec.media.bench;

import io.callrec.media.codec.G711Decoder;
import io.callrec.media.codec.g722.G722Decoder;
import io.callrec.media.codec.g7231.G7231Decoder;
import io.callrec.media.codec.g729.G729Decoder;
import io.callrec.media.codec.opus.OpusDecoders;
import io.callrec.media.codec.opus.OpusFraming;
import io.callrec.media.codec.PayloadMap;
import io.callrec.media.mp3.EncoderChoice;
import io.callrec.media.mp3.Mp3Settings;
import io.callrec.media.testkit.OggOpusWriter;
import io.callrec.media.testkit.SpeechLikeSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: the codec benchmark of issue 4 in one run on one thread. Decodes one hour (or the
 * seconds given as first argument) of each codec, looped from real corpus clips (folder: second
 * argument, else system property callrec.corpus.dir, else ../shared/corpus), with our decoders,
 * and has ffmpeg ({@code -threads 1}) decode the same bitstream; then encodes the same length of
 * speech-like 8 kHz PCM to MP3 with LAME (JNA) and jump3r and with {@code ffmpeg -c:a libmp3lame}
 * ({@link Mp3Bench}). Prints a table: × real time (CPU time) of ours and ffmpeg's, and the ratio
 * of the times (ours / ffmpeg's, below 1 = faster than ffmpeg). Opus is decoded to 16 kHz, the
 * engine's wideband rate, by ffmpeg's own Opus decoder.
 */
public final class CodecBench {

    private CodecBench() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3600;
        Path corpus = Path.of(args.length > 1 ? args[1] : System.getProperty("callrec.corpus.dir", "../shared/corpus"));
        Path dir = Files.createTempDirectory("callrec-codec-bench");
        List<DecodeRun.Row> rows = new ArrayList<>();
        try {
            List<byte[]> ulaw = PayloadClip.loop(PayloadClip.read(corpus.resolve("g711u-dtmf2833-sll-asterisk.pcap"), 0),
                    seconds, 20);
            double ff = DecodeRun.ffmpegSeconds("-f", "mulaw", "-ar", "8000", "-ac", "1", "-i",
                    DecodeRun.concatenated(dir.resolve("bench.ul"), ulaw).toString());
            rows.add(DecodeRun.decode("G.711 µ-law (table)", G711Decoder::ulaw, ulaw, ff));

            List<byte[]> g729 = PayloadClip.loop(g729Packets(corpus.resolve("g729-24s-rtpproxy.pcap")), seconds, 20);
            ff = DecodeRun.ffmpegSeconds("-f", "g729", "-i", DecodeRun.concatenated(dir.resolve("bench.g729"), g729).toString());
            rows.add(DecodeRun.decode("G.729 (ours)", G729Decoder::new, g729, ff));

            List<byte[]> g723 = PayloadClip.loop(PayloadClip.read(corpus.resolve("g723-6k3-dirA-rtpproxy.pcap"), 4), seconds, 30);
            ff = DecodeRun.ffmpegSeconds("-f", "g723_1", "-i", DecodeRun.concatenated(dir.resolve("bench.tco"), g723).toString());
            rows.add(DecodeRun.decode("G.723.1 6.3k (ours)", G7231Decoder::new, g723, ff));

            List<byte[]> g722 = PayloadClip.loop(PayloadClip.read(corpus.resolve("g722-sip-wireshark.pcap"), 9), seconds, 20);
            ff = DecodeRun.ffmpegSeconds("-f", "g722", "-i", DecodeRun.concatenated(dir.resolve("bench.g722"), g722).toString());
            rows.add(DecodeRun.decode("G.722 -> 16 kHz (ours)", G722Decoder::new, g722, ff));

            opus(rows, "Opus NB SILK", corpus.resolve("opus-nb-fec-60s-asterisk.pcapng"), 107, seconds, dir);
            opus(rows, "Opus FB hybrid", corpus.resolve("opus-48k-fullband-sip-wireshark.pcap"), 99, seconds, dir);
            mp3(rows, seconds, dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        System.out.printf("%n%d s of audio per codec, one thread, CPU time (ffmpeg: user + system, -threads 1)%n", seconds);
        System.out.println("| codec / implementation                   | ours × RT | ffmpeg × RT | ours/ffmpeg time |");
        System.out.println("|------------------------------------------|-----------|-------------|------------------|");
        rows.forEach(r -> System.out.println(r.format()));
    }

    private static void opus(List<DecodeRun.Row> rows, String name, Path capture, int pt, long seconds, Path dir)
            throws IOException, InterruptedException {
        List<byte[]> packets = PayloadClip.loop(PayloadClip.read(capture, pt), seconds, 20);
        int[] durations = new int[packets.size()];
        Arrays.fill(durations, 960);
        Path ogg = dir.resolve("bench.opus");
        OggOpusWriter.write(ogg, packets, durations, 1);
        // As the engine decodes it: at the rate the widest packet's bandwidth needs, to 8 kHz when that is narrowband.
        int coded = packets.stream().mapToInt(p -> OpusFraming.codedRate(p, 0, p.length)).max().orElse(48000);
        int rate = coded == 8000 ? 8000 : PayloadMap.OPUS_OUTPUT_RATE;
        String to = String.format(" -> %d kHz, decoded at %d kHz", rate / 1000, coded <= 16000 ? coded / 1000 : 48);
        double ff = DecodeRun.ffmpegSeconds("-i", ogg.toString(), "-ar", Integer.toString(rate), "-ac", "1");
        if (OpusDecoders.libopusAvailable()) {
            rows.add(DecodeRun.decode(name + to + " (libopus/JNA)", () -> OpusDecoders.libopus(rate, coded), packets, ff));
        }
        rows.add(DecodeRun.decode(name + to + " (Concentus)", () -> OpusDecoders.concentus(rate, coded), packets, ff));
    }

    private static void mp3(List<DecodeRun.Row> rows, long seconds, Path dir) throws IOException, InterruptedException {
        short[] pcm = SpeechLikeSignal.generate(Mp3Bench.RATE, seconds * Mp3Bench.RATE, 7);
        Path raw = dir.resolve("in.raw");
        Path out = dir.resolve("out.mp3");
        Mp3Bench.writeRaw(pcm, raw);
        Mp3Settings settings = Mp3Settings.defaults(Mp3Bench.RATE, 1);
        double ff = Mp3Bench.timeFfmpeg(raw, out, seconds, settings.bitrateKbps(), settings.quality())[1];
        double lame = Mp3Bench.timeJava(EncoderChoice.LAME_NATIVE, pcm, settings, out, seconds)[1];
        double jump3r = Mp3Bench.timeJava(EncoderChoice.JUMP3R, pcm, settings, out, seconds)[1];
        String kbps = settings.bitrateKbps() + " kbit/s";
        rows.add(new DecodeRun.Row("MP3 encode 8 kHz " + kbps + " (LAME/JNA)", seconds, lame, ff));
        rows.add(new DecodeRun.Row("MP3 encode 8 kHz " + kbps + " (jump3r)", seconds, jump3r, ff));
    }

    /** PT 18 payloads of whole 10-byte frames (SID frames left out), cut into 20 ms packets of two frames. */
    static List<byte[]> g729Packets(Path capture) throws IOException {
        java.io.ByteArrayOutputStream frames = new java.io.ByteArrayOutputStream();
        for (byte[] p : PayloadClip.read(capture, 18)) {
            if (p.length % G729Decoder.FRAME_BYTES == 0) {
                frames.writeBytes(p);
            }
        }
        byte[] all = frames.toByteArray();
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i + 2 * G729Decoder.FRAME_BYTES <= all.length; i += 2 * G729Decoder.FRAME_BYTES) {
            packets.add(Arrays.copyOfRange(all, i, i + 2 * G729Decoder.FRAME_BYTES));
        }
        return packets;
    }
}
