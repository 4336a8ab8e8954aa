package io.callrec.media.codec.g729;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.rtp.RtpHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Corpus access, RTP payload extraction, FFmpeg reference decoding and SNR for the G.729 tests. */
final class G729TestSupport {

    static final int PT_G729 = 18;

    private G729TestSupport() {
    }

    record Packet(byte[] payload, long timestamp, int sequence, boolean marker) {
    }

    static Path corpusFile(String name) {
        String dir = System.getProperty("callrec.corpus.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus folder (callrec.corpus.dir) absent: skipped");
        Path file = Path.of(dir, name);
        assumeTrue(Files.isReadable(file), "corpus file " + name + " absent: skipped");
        return file;
    }

    /** G.729 packets of the first PT 18 SSRC in the capture, in file order. */
    static List<Packet> g729Packets(Path capture) throws IOException {
        List<Packet> packets = new ArrayList<>();
        RtpHeader rtp = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        Long ssrc = null;
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            while (reader.next(d)) {
                if (!rtp.parse(d.data(), d.payloadOffset(), d.payloadLength()) || rtp.payloadType() != PT_G729) {
                    continue;
                }
                if (ssrc == null) {
                    ssrc = rtp.ssrc();
                } else if (ssrc != rtp.ssrc()) {
                    continue;
                }
                byte[] payload = Arrays.copyOfRange(d.data(), rtp.payloadOffset(), rtp.payloadOffset() + rtp.payloadLength());
                packets.add(new Packet(payload, rtp.timestamp(), rtp.sequence(), rtp.marker()));
            }
        }
        return packets;
    }

    static byte[] concatenate(List<Packet> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packets.forEach(p -> out.writeBytes(p.payload()));
        return out.toByteArray();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = G729TestSupport.class.getResourceAsStream("/g729/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    static short[] littleEndianPcm(byte[] bytes) {
        short[] pcm = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
        return pcm;
    }

    /** Decodes back-to-back frames (10-byte speech frames) with a fresh decoder. */
    static short[] decodeFrames(byte[] frames) {
        G729Decoder decoder = new G729Decoder();
        short[] out = new short[decoder.maxSamples(frames.length)];
        int n = 0;
        for (int i = 0; i + G729Decoder.FRAME_BYTES <= frames.length; i += G729Decoder.FRAME_BYTES) {
            n += decoder.decode(frames, i, G729Decoder.FRAME_BYTES, out, n);
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Decodes a record file (see src/test/resources/g729/README.md: a length byte, 10 = speech,
     * 2 = SID, 0 = lost or untransmitted frame, then the bytes) the way the engine would: data
     * through {@code decode}, 0-length records through {@code conceal} for one frame.
     */
    static short[] decodeRecords(byte[] records, G729Decoder decoder) {
        short[] out = new short[records.length * 80];
        int n = 0;
        for (int i = 0; i < records.length; ) {
            int length = records[i++] & 0xFF;
            n += length == 0 ? decoder.conceal(out, n, 80) : decoder.decode(records, i, length, out, n);
            i += length;
        }
        return Arrays.copyOf(out, n);
    }

    /** FFmpeg's decode of raw frames, or a skipped test when ffmpeg is not on PATH. */
    static short[] ffmpegDecode(byte[] frames, Path workDir) throws IOException, InterruptedException {
        assumeTrue(ffmpegAvailable(), "ffmpeg not on PATH: reference comparison skipped");
        Path in = workDir.resolve("in.g729");
        Path out = workDir.resolve("ref.raw");
        Files.write(in, frames);
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "g729", "-i",
                in.toString(), "-f", "s16le", "-ar", "8000", out.toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ffmpeg failed on " + in);
        }
        return littleEndianPcm(Files.readAllBytes(out));
    }

    static boolean ffmpegAvailable() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** 10 log10(sum ref^2 / sum (ref - test)^2) over the common length. */
    static double snrDb(short[] reference, short[] test) {
        int n = Math.min(reference.length, test.length);
        double signal = 0;
        double error = 0;
        for (int i = 0; i < n; i++) {
            double d = reference[i] - test[i];
            signal += (double) reference[i] * reference[i];
            error += d * d;
        }
        return 10 * Math.log10(signal / Math.max(error, 1e-9));
    }

    static double rms(short[] pcm, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(s / Math.max(1, to - from));
    }
}
