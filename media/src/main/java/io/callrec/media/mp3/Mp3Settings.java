package io.callrec.media.mp3;

/**
 * Input format and constant bit rate of an MP3 file. 8 kHz is coded as MPEG-2.5 and 16 kHz as
 * MPEG-2 Layer III (ISO/IEC 13818-3), 576 samples per frame; the output keeps the input rate.
 *
 * <p>Default bit rates, chosen so one hour stays under 30 MB (kbit/s x 450 000 = bytes per hour):
 * <pre>
 *   8 kHz mono    32 kbit/s  14.4 MB/h
 *   8 kHz stereo  48 kbit/s  21.6 MB/h
 *  16 kHz mono    48 kbit/s  21.6 MB/h
 *  16 kHz stereo  64 kbit/s  28.8 MB/h
 * </pre>
 * Quality is LAME's algorithm quality (0 best and slowest .. 9 fastest); the default 3 is what
 * LAME itself uses when none is set, so files match {@code ffmpeg -c:a libmp3lame}.
 */
public record Mp3Settings(int sampleRate, int channels, int bitrateKbps, int quality) {

    public static final int DEFAULT_QUALITY = 3;

    /** Bit rates allowed for MPEG-2 and MPEG-2.5 Layer III (ISO/IEC 13818-3 §2.4.2.3, table for LSF). */
    private static final int[] LSF_BITRATES = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};

    public Mp3Settings {
        if (sampleRate != 8000 && sampleRate != 16000) {
            throw new IllegalArgumentException("unsupported MP3 input rate " + sampleRate + " Hz (8000 or 16000)");
        }
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("unsupported channel count " + channels + " (1 or 2)");
        }
        if (!isLsfBitrate(bitrateKbps)) {
            throw new IllegalArgumentException("bit rate " + bitrateKbps
                    + " kbit/s is not an MPEG-2/2.5 Layer III rate (8, 16, 24, 32, 40, 48, 56, 64, 80 .. 160)");
        }
        if (quality < 0 || quality > 9) {
            throw new IllegalArgumentException("LAME quality " + quality + " is outside 0..9");
        }
    }

    /** The default bit rate (table above) and quality for a rate and channel count. */
    public static Mp3Settings defaults(int sampleRate, int channels) {
        int kbps = sampleRate == 16000 ? (channels == 2 ? 64 : 48) : (channels == 2 ? 48 : 32);
        return new Mp3Settings(sampleRate, channels, kbps, DEFAULT_QUALITY);
    }

    public Mp3Settings withBitrate(int kbps) {
        return new Mp3Settings(sampleRate, channels, kbps, quality);
    }

    public Mp3Settings withQuality(int lameQuality) {
        return new Mp3Settings(sampleRate, channels, bitrateKbps, lameQuality);
    }

    /** Audio payload bytes for a duration at this constant bit rate (excluding the one tag frame). */
    public long bytesFor(long seconds) {
        return seconds * bitrateKbps * 1000L / 8;
    }

    private static boolean isLsfBitrate(int kbps) {
        for (int r : LSF_BITRATES) {
            if (r == kbps) {
                return true;
            }
        }
        return false;
    }
}
