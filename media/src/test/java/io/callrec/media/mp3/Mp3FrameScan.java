package io.callrec.media.mp3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-side MP3 frame walker, independent of the encoders: checks every frame header
 * (ISO/IEC 11172-3 §2.4.2.3, ISO/IEC 13818-3 §2.4.2.3 and the MPEG-2.5 extension) and reads the
 * Xing/Info and LAME tag in the first frame.
 */
final class Mp3FrameScan {

    /** Layer III bit rates in kbit/s for MPEG-2 and MPEG-2.5, by bitrate_index. */
    private static final int[] LSF_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};

    String version;
    int sampleRate;
    int channels;
    int bitrateKbps;
    int samplesPerFrame;
    int frames;
    boolean constantBitrate = true;
    String tagId;
    long tagFrames = -1;
    String encoder;
    /** The Xing/Info tag's quality indicator; LAME writes 100 - 10 x VBR quality - algorithm quality. */
    int qualityIndicator = -1;
    int encoderDelay = -1;
    int encoderPadding = -1;

    static Mp3FrameScan of(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        Mp3FrameScan s = new Mp3FrameScan();
        int pos = 0;
        while (pos + 4 <= b.length) {
            int h = ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
            if ((h >>> 21) != 0x7FF) {
                throw new IOException("no frame sync at byte " + pos + " of " + b.length);
            }
            int versionBits = (h >>> 19) & 3;
            int layerBits = (h >>> 17) & 3;
            int brIndex = (h >>> 12) & 0xF;
            int srIndex = (h >>> 10) & 3;
            int padding = (h >>> 9) & 1;
            int mode = (h >>> 6) & 3;
            if (versionBits == 1 || layerBits != 1 || brIndex == 0 || brIndex == 15 || srIndex == 3) {
                throw new IOException(String.format("not an MPEG Layer III header 0x%08X at byte %d", h, pos));
            }
            boolean mpeg1 = versionBits == 3;
            int rate = new int[] {44100, 48000, 32000}[srIndex] >> (mpeg1 ? 0 : versionBits == 2 ? 1 : 2);
            int kbps = (mpeg1 ? MPEG1_KBPS : LSF_KBPS)[brIndex];
            int length = (mpeg1 ? 144_000 : 72_000) * kbps / rate + padding;
            int chans = mode == 3 ? 1 : 2;
            if (s.frames == 0) {
                s.version = mpeg1 ? "MPEG-1" : versionBits == 2 ? "MPEG-2" : "MPEG-2.5";
                s.sampleRate = rate;
                s.channels = chans;
                s.bitrateKbps = kbps;
                s.samplesPerFrame = mpeg1 ? 1152 : 576;
                s.readTag(b, pos + 4 + (mpeg1 ? (chans == 1 ? 17 : 32) : (chans == 1 ? 9 : 17)));
            } else if (rate != s.sampleRate || chans != s.channels) {
                throw new IOException("format changes at frame " + s.frames);
            } else if (kbps != s.bitrateKbps) {
                s.constantBitrate = false;
            }
            if (pos + length > b.length) {
                throw new IOException("frame " + s.frames + " truncated");
            }
            pos += length;
            s.frames++;
        }
        if (pos != b.length) {
            throw new IOException((b.length - pos) + " trailing bytes");
        }
        return s;
    }

    /** Xing/Info header after the side information, then the LAME extension (delay/padding at +21). */
    private void readTag(byte[] b, int at) {
        String id = new String(b, at, 4, StandardCharsets.US_ASCII);
        if (!id.equals("Xing") && !id.equals("Info")) {
            return;
        }
        tagId = id;
        int flags = be32(b, at + 4);
        int p = at + 8;
        if ((flags & 1) != 0) {
            tagFrames = be32(b, p) & 0xFFFF_FFFFL;
            p += 4;
        }
        p += (flags & 2) != 0 ? 4 : 0;
        p += (flags & 4) != 0 ? 100 : 0;
        if ((flags & 8) != 0) {
            qualityIndicator = be32(b, p);
            p += 4;
        }
        encoder = new String(b, p, 9, StandardCharsets.US_ASCII).trim();
        int dp = p + 21;
        encoderDelay = ((b[dp] & 0xFF) << 4) | ((b[dp + 1] & 0xF0) >> 4);
        encoderPadding = ((b[dp + 1] & 0x0F) << 8) | (b[dp + 2] & 0xFF);
    }

    /** Decoded duration: audio frames minus the encoder delay and padding the LAME tag declares. */
    double gaplessSeconds() {
        long samples = (long) (frames - 1) * samplesPerFrame - encoderDelay - encoderPadding;
        return samples / (double) sampleRate;
    }

    private static int be32(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }
}
