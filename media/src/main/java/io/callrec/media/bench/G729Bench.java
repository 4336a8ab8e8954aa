package io.callrec.media.bench;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.codec.g729.G729Decoder;
import io.callrec.media.rtp.RtpHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: decodes one hour (or the seconds given as second argument) of G.729 on one thread,
 * looping the frames of a capture (PT 18 payloads) or of a raw 10-byte-frame file given as first
 * argument (default: g729-24s-rtpproxy.pcap in the corpus folder of {@code callrec.corpus.dir} or
 * ../shared/corpus). Prints our speed as a multiple of real time, FFmpeg's on the same bitstream
 * when ffmpeg is on PATH, and the ratio.
 */
public final class G729Bench {

    private static final int FRAME_BYTES = G729Decoder.FRAME_BYTES;
    private static final int PACKET_BYTES = 2 * FRAME_BYTES;

    private G729Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = args.length > 0 ? Path.of(args[0]) : defaultSource();
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 3600;
        byte[] loop = frames(source);
        if (loop.length < PACKET_BYTES) {
            throw new IllegalArgumentException("no G.729 frames in " + source);
        }
        byte[] stream = new byte[(int) (seconds * 100 * FRAME_BYTES)];
        for (int i = 0; i < stream.length; i += loop.length) {
            System.arraycopy(loop, 0, stream, i, Math.min(loop.length, stream.length - i));
        }
        System.out.printf("G.729 bench: %d s of audio (%d frames) looped from %s (%d frames)%n", seconds,
                stream.length / FRAME_BYTES, source.getFileName(), loop.length / FRAME_BYTES);

        decode(stream, Math.min(stream.length, 60 * 100 * FRAME_BYTES)); // JIT warm-up: one minute
        long t0 = System.nanoTime();
        long checksum = decode(stream, stream.length);
        double ours = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ours:   %.2f s = %.0fx real time (checksum %d)%n", ours, seconds / ours, checksum);

        Double ffmpeg = ffmpegSeconds(stream);
        if (ffmpeg == null) {
            System.out.println("ffmpeg: not on PATH, no comparison");
        } else {
            System.out.printf("ffmpeg: %.2f s = %.0fx real time (process start included)%n", ffmpeg, seconds / ffmpeg);
            System.out.printf("ratio:  ours is %.2fx FFmpeg's speed%n", ffmpeg / ours);
        }
    }

    /** Decodes in 20 ms packets as RTP carries them; returns a sum of the samples. */
    private static long decode(byte[] stream, int length) {
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[decoder.maxSamples(PACKET_BYTES)];
        long sum = 0;
        for (int i = 0; i + PACKET_BYTES <= length; i += PACKET_BYTES) {
            int n = decoder.decode(stream, i, PACKET_BYTES, out, 0);
            sum += out[n - 1];
        }
        return sum;
    }

    private static Double ffmpegSeconds(byte[] stream) throws IOException, InterruptedException {
        Path in = Files.createTempFile("g729bench", ".g729");
        try {
            Files.write(in, stream);
            long t0 = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-threads", "1", "-f", "g729",
                        "-i", in.toString(), "-f", "s16le", "-ar", "8000", "-y", "/dev/null").redirectErrorStream(true).start();
            } catch (IOException e) {
                return null;
            }
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                return null;
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            Files.deleteIfExists(in);
        }
    }

    private static Path defaultSource() {
        String dir = System.getProperty("callrec.corpus.dir", "../shared/corpus");
        return Path.of(dir, "g729-24s-rtpproxy.pcap");
    }

    /** PT 18 payloads of the first G.729 SSRC of a capture, or the file itself when it is raw frames. */
    private static byte[] frames(Path source) throws IOException {
        String name = source.getFileName().toString();
        if (!name.endsWith(".pcap") && !name.endsWith(".pcapng")) {
            return Files.readAllBytes(source);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RtpHeader rtp = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        long ssrc = -1;
        try (UdpPacketReader reader = UdpPacketReader.open(source)) {
            while (reader.next(d)) {
                if (rtp.parse(d.data(), d.payloadOffset(), d.payloadLength()) && rtp.payloadType() == 18
                        && (ssrc < 0 || ssrc == rtp.ssrc()) && rtp.payloadLength() % FRAME_BYTES == 0) {
                    ssrc = rtp.ssrc();
                    out.write(d.data(), rtp.payloadOffset(), rtp.payloadLength());
                }
            }
        }
        return out.toByteArray();
    }
}
