package io.callrec.media.codec.opus;

/**
 * Opus packet framing checks in Java, run before any payload reaches a decoder: TOC byte
 * (RFC 6716 §3.1), frame packing codes 0-3 (§3.2) and the validity rules R1-R7 (§3.4). Knowing
 * the packet duration up front sizes the PCM buffers so native code can never overrun them.
 */
final class OpusPacket {

    /** §3.2.1: no frame is longer than 1275 octets. */
    static final int MAX_FRAME_BYTES = 1275;
    /** R5: a packet holds at most 120 ms = 5760 samples at 48 kHz. */
    static final int MAX_SAMPLES_48K = 5760;
    /** Generous bound on a packet: 48 frames of 1275 octets plus framing. */
    static final int MAX_PACKET_BYTES = 48 * MAX_FRAME_BYTES + 100;

    private static final int[] SILK_FRAME_SAMPLES = {480, 960, 1920, 2880};
    private static final int[] CODED_RATES = {8000, 12000, 16000};
    private static final int[] CELT_RATES = {8000, 16000, 24000, 48000};

    private OpusPacket() {
    }

    /** Samples per frame at 48 kHz for the TOC configuration (Table 2 of §3.1). */
    static int frameSamples48k(int toc) {
        int config = (toc & 0xFF) >>> 3;
        if (config < 12) {
            return SILK_FRAME_SAMPLES[config & 3];                      // SILK-only: 10, 20, 40, 60 ms
        }
        if (config < 16) {
            return (config & 1) == 0 ? 480 : 960;                      // Hybrid: 10, 20 ms
        }
        return 120 << (config & 3);                                    // CELT-only: 2.5 .. 20 ms
    }

    /** True when the TOC carries SILK data (SILK-only or hybrid), the layer that holds LBRR (FEC). */
    static boolean hasSilkLayer(int toc) {
        return ((toc & 0xFF) >>> 3) < 16;
    }

    /**
     * The sample rate the TOC's audio bandwidth needs (RFC 6716 §2, Table 1, and the configurations
     * of §3.1): narrowband 8 kHz, medium-band 12 kHz, wideband 16 kHz, super-wideband 24 kHz,
     * fullband 48 kHz.
     */
    static int codedRate(int toc) {
        int config = (toc & 0xFF) >>> 3;
        if (config < 12) {
            return CODED_RATES[config >>> 2];                          // SILK-only: NB, MB, WB
        }
        if (config < 16) {
            return config < 14 ? 24000 : 48000;                        // Hybrid: SWB, FB
        }
        return CELT_RATES[(config - 16) >>> 2];                        // CELT-only: NB, WB, SWB, FB
    }

    static boolean stereo(int toc) {
        return (toc & 0x04) != 0;
    }

    /** Duration in 48 kHz samples, or -1 when the packet breaks §3.4 (R1-R7). */
    static int samples48k(byte[] b, int off, int len) {
        int frames = frameCount(b, off, len);
        return frames < 0 ? -1 : frames * frameSamples48k(b[off]);
    }

    /** Number of frames, or -1 when the packet is malformed. */
    static int frameCount(byte[] b, int off, int len) {
        if (len < 1) {
            return -1;                                                 // R1
        }
        int rest = len - 1;
        switch (b[off] & 3) {
            case 0:
                return rest <= MAX_FRAME_BYTES ? 1 : -1;               // R2
            case 1:
                return (rest & 1) == 0 && rest / 2 <= MAX_FRAME_BYTES ? 2 : -1; // R3
            case 2: {
                int first = frameLength(b, off + 1, rest);
                if (first < 0) {
                    return -1;
                }
                int used = (b[off + 1] & 0xFF) < 252 ? 1 : 2;
                int second = rest - used - first;
                return second >= 0 && first <= MAX_FRAME_BYTES && second <= MAX_FRAME_BYTES ? 2 : -1; // R4
            }
            default:
                return code3FrameCount(b, off, len);
        }
    }

    /** §3.2.5 (code 3): frame count byte, optional padding and VBR lengths (R5-R7). */
    private static int code3FrameCount(byte[] b, int off, int len) {
        if (len < 2) {
            return -1;                                                 // R6/R7
        }
        int fc = b[off + 1] & 0xFF;
        int m = fc & 0x3F;
        if (m == 0 || m * frameSamples48k(b[off]) > MAX_SAMPLES_48K) {
            return -1;                                                 // R5
        }
        int pos = off + 2;
        int end = off + len;
        int padding = 0;
        if ((fc & 0x40) != 0) {
            int p;
            do {
                if (pos >= end) {
                    return -1;
                }
                p = b[pos++] & 0xFF;
                padding += p == 255 ? 254 : p;
            } while (p == 255);
        }
        int data = end - pos - padding;
        if (data < 0) {
            return -1;
        }
        if ((fc & 0x80) == 0) {
            return data % m == 0 && data / m <= MAX_FRAME_BYTES ? m : -1; // R6
        }
        int total = 0;
        for (int i = 0; i < m - 1; i++) {
            int n = frameLength(b, pos, end - pos);
            if (n < 0) {
                return -1;
            }
            pos += (b[pos] & 0xFF) < 252 ? 1 : 2;
            total += n;
        }
        int last = end - pos - padding - total;
        return last >= 0 && last <= MAX_FRAME_BYTES ? m : -1;          // R7
    }

    /** §3.2.1 frame length coding: one octet below 252, else two (first + 4 x second). */
    private static int frameLength(byte[] b, int pos, int available) {
        if (available < 1) {
            return -1;
        }
        int first = b[pos] & 0xFF;
        if (first < 252) {
            return first;
        }
        if (available < 2) {
            return -1;
        }
        int n = first + 4 * (b[pos + 1] & 0xFF);
        return n <= MAX_FRAME_BYTES ? n : -1;
    }

    /** Length of the first frame in octets; call only for a packet that {@link #frameCount} accepted. */
    static int firstFrameLength(byte[] b, int off, int len) {
        int start = firstFrameOffset(b, off, len);
        int rest = off + len - start;
        switch (b[off] & 3) {
            case 0:
                return rest;
            case 1:
                return rest / 2;
            case 2:
                return frameLength(b, off + 1, len - 1);
            default: {
                int fc = b[off + 1] & 0xFF;
                if ((fc & 0x80) != 0) {
                    return (fc & 0x3F) == 1 ? rest - padding(b, off) : frameLength(b, off + 2 + paddingOctets(b, off), len - 2);
                }
                return (rest - padding(b, off)) / (fc & 0x3F);
            }
        }
    }

    /** Code 3: octets of padding data at the end of the packet. */
    private static int padding(byte[] b, int off) {
        if ((b[off + 1] & 0x40) == 0) {
            return 0;
        }
        int total = 0;
        int pos = off + 2;
        int p;
        do {
            p = b[pos++] & 0xFF;
            total += p == 255 ? 254 : p;
        } while (p == 255);
        return total;
    }

    /** Code 3: octets used to code the padding length. */
    private static int paddingOctets(byte[] b, int off) {
        if ((b[off + 1] & 0x40) == 0) {
            return 0;
        }
        int pos = off + 2;
        while ((b[pos++] & 0xFF) == 255) {
            // 255 means "254 and another length octet follows"
        }
        return pos - off - 2;
    }

    /** Offset of the first frame's data (after TOC and framing octets), or -1 for a malformed packet. */
    static int firstFrameOffset(byte[] b, int off, int len) {
        if (frameCount(b, off, len) < 0) {
            return -1;
        }
        switch (b[off] & 3) {
            case 0:
            case 1:
                return off + 1;
            case 2:
                return off + 1 + ((b[off + 1] & 0xFF) < 252 ? 1 : 2);
            default: {
                int fc = b[off + 1] & 0xFF;
                int pos = off + 2 + paddingOctets(b, off);
                if ((fc & 0x80) != 0) {
                    for (int i = 0; i < (fc & 0x3F) - 1; i++) {
                        pos += (b[pos] & 0xFF) < 252 ? 1 : 2;
                    }
                }
                return pos;
            }
        }
    }
}
