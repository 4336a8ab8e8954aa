package io.callrec.media.codec.opus;

/**
 * Tells whether a packet's first Opus frame carries SILK LBRR (in-band FEC) data for the previous
 * packet, so that a recovery is counted only when there was something to recover from. It decodes
 * just the SILK header flags (RFC 6716 §4.2.3: per channel, one VAD flag per 20 ms SILK frame and
 * then the LBRR flag, each a 1/2-probability symbol) with a minimal range decoder (§4.1).
 */
final class LbrrProbe {

    private byte[] buf;
    private int pos;
    private int end;
    private long rng;
    private long val;
    private int rem;

    /** Call only for a packet that {@link OpusPacket#frameCount} accepted. */
    boolean hasLbrr(byte[] b, int off, int len) {
        int toc = b[off] & 0xFF;
        if (!OpusPacket.hasSilkLayer(toc)) {
            return false;
        }
        int frameLength = OpusPacket.firstFrameLength(b, off, len);
        if (frameLength < 2) {
            return false;                                  // 0 octets: DTX/lost (§3.2.1); libopus conceals 1 octet too
        }
        init(b, OpusPacket.firstFrameOffset(b, off, len), frameLength);
        int silkFrames = Math.max(1, OpusPacket.frameSamples48k(toc) / 960);
        int channels = OpusPacket.stereo(toc) ? 2 : 1;
        boolean lbrr = false;
        for (int ch = 0; ch < channels; ch++) {
            for (int f = 0; f < silkFrames; f++) {
                bit();                                     // VAD flag
            }
            lbrr |= bit();
        }
        return lbrr;
    }

    /** §4.1.1: rng = 128, val = 127 - (b0 >> 1), keep b0's low bit, normalise. */
    private void init(byte[] b, int off, int len) {
        buf = b;
        pos = off;
        end = off + len;
        rng = 128;
        rem = next();
        val = 127 - (rem >> 1);
        normalize();
    }

    /** §4.1.3.2 ec_dec_bit_logp with logp = 1. */
    private boolean bit() {
        long s = rng >> 1;
        boolean one = val < s;
        if (one) {
            rng = s;
        } else {
            val -= s;
            rng -= s;
        }
        normalize();
        return one;
    }

    /** §4.1.2.1: shift in octets (the saved bit on top) until rng exceeds 2^23. */
    private void normalize() {
        while (rng <= (1L << 23)) {
            rng <<= 8;
            int previous = rem;
            rem = next();
            int sym = ((previous << 8) | rem) >> 1 & 0xFF;
            val = ((val << 8) + (255 - sym)) & 0x7FFFFFFFL;
        }
    }

    private int next() {
        return pos < end ? buf[pos++] & 0xFF : 0;
    }
}
