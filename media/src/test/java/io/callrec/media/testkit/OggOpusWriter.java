package io.callrec.media.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Wraps Opus packets (e.g. RTP payloads) in an Ogg Opus file (RFC 3533 pages, RFC 7845 headers;
 * one packet per page, pre-skip 0) so that ffmpeg can decode exactly the packets our decoder sees,
 * for benchmarks and reference tests.
 */
public final class OggOpusWriter {

    private static final int[] CRC = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int k = 0; k < 8; k++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            CRC[i] = r;
        }
    }

    private OggOpusWriter() {
    }

    /** {@code samples48k} gives each packet's duration at 48 kHz (for the granule positions). */
    public static void write(Path file, List<byte[]> packets, int[] samples48k, int channels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = new byte[19];
        System.arraycopy("OpusHead".getBytes(StandardCharsets.US_ASCII), 0, head, 0, 8);
        head[8] = 1;
        head[9] = (byte) channels;
        head[12] = (byte) 0x80;
        head[13] = (byte) 0xBB;                              // 48000, little-endian
        byte[] tags = new byte[16];
        System.arraycopy("OpusTags".getBytes(StandardCharsets.US_ASCII), 0, tags, 0, 8);
        int seq = 0;
        page(out, head, 0x02, 0, seq++);
        page(out, tags, 0, 0, seq++);
        long granule = 0;
        for (int i = 0; i < packets.size(); i++) {
            granule += samples48k[i];
            page(out, packets.get(i), i == packets.size() - 1 ? 0x04 : 0, granule, seq++);
        }
        Files.write(file, out.toByteArray());
    }

    private static void page(ByteArrayOutputStream out, byte[] packet, int flags, long granule, int seq) {
        int segments = packet.length / 255 + 1;
        byte[] p = new byte[27 + segments + packet.length];
        p[0] = 'O';
        p[1] = 'g';
        p[2] = 'g';
        p[3] = 'S';
        p[5] = (byte) flags;
        for (int i = 0; i < 8; i++) {
            p[6 + i] = (byte) (granule >>> (8 * i));
        }
        p[14] = 1;                                            // stream serial number 1
        for (int i = 0; i < 4; i++) {
            p[18 + i] = (byte) (seq >>> (8 * i));
        }
        p[26] = (byte) segments;
        for (int i = 0; i < segments; i++) {
            p[27 + i] = (byte) (i < segments - 1 ? 255 : packet.length % 255);
        }
        System.arraycopy(packet, 0, p, 27 + segments, packet.length);
        int crc = 0;
        for (byte b : p) {
            crc = (crc << 8) ^ CRC[((crc >>> 24) ^ b) & 0xFF];
        }
        for (int i = 0; i < 4; i++) {
            p[22 + i] = (byte) (crc >>> (8 * i));
        }
        out.writeBytes(p);
    }
}
