package io.callrec.media.codec.g7231;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.DiscontinuousTransmission;

/**
 * ITU-T G.723.1 decoder (RTP payload type 4, RFC 3551 §4.5.3): 8 kHz, 240 samples per 30 ms frame,
 * one or more frames per payload, each sized by the two low bits of its first octet (00 = 6.3 kbit/s
 * 24 bytes, 01 = 5.3 kbit/s 20 bytes, 10 = SID 4 bytes, 11 = untransmitted 1 byte). Post-filters are
 * on, as in the reference decoder. Bad input never throws: a truncated frame, an empty payload or a
 * frame with forbidden codes is counted in {@link #errors()} and concealed (§3.10). One instance
 * per stream.
 */
public final class G7231Decoder implements AudioDecoder, DiscontinuousTransmission {

    /** Samples per frame (30 ms at 8 kHz). */
    public static final int FRAME_SAMPLES = ChannelState.FRAME;

    private final FrameDecoder frames = new FrameDecoder();
    private final short[] spill = new short[FRAME_SAMPLES];
    private long highRateFrames;
    private long lowRateFrames;
    private long sidFrames;
    private long untransmittedFrames;
    private long concealedFrames;
    private long errors;

    @Override
    public int sampleRate() {
        return 8000;
    }

    /** Every payload byte could start a 1-byte untransmitted frame; an empty payload yields one. */
    @Override
    public int maxSamples(int payloadLength) {
        return Math.max(1, payloadLength) * FRAME_SAMPLES;
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] out, int outOffset) {
        if (payload == null || length <= 0 || offset < 0 || offset + length > payload.length) {
            errors++;
            return concealFrames(out, outOffset, 1);
        }
        int end = offset + length;
        int produced = 0;
        int pos = offset;
        while (pos < end) {
            int size = FrameParams.FRAME_BYTES[payload[pos] & 3];
            if (pos + size > end) {
                errors++; // truncated frame: conceal it and drop the rest
                produced += concealFrames(out, outOffset + produced, 1);
                break;
            }
            if (frames.decode(payload, pos, size, out, outOffset + produced)) {
                countGood(frames.params());
            } else {
                errors++;
                concealedFrames++;
            }
            produced += FRAME_SAMPLES;
            pos += size;
        }
        return produced;
    }

    /** Conceals whole frames; a tail shorter than a frame is cut from one more concealed frame. */
    @Override
    public int conceal(short[] out, int outOffset, int samples) {
        int whole = samples / FRAME_SAMPLES;
        concealFrames(out, outOffset, whole);
        int rest = samples - whole * FRAME_SAMPLES;
        if (rest > 0) {
            concealFrames(spill, 0, 1);
            System.arraycopy(spill, 0, out, outOffset + whole * FRAME_SAMPLES, rest);
        }
        return samples;
    }

    private int concealFrames(short[] out, int outOffset, int count) {
        for (int i = 0; i < count; i++) {
            frames.conceal(out, outOffset + i * FRAME_SAMPLES);
            concealedFrames++;
        }
        return count * FRAME_SAMPLES;
    }

    private void countGood(FrameParams p) {
        switch (p.type) {
            case FrameParams.TYPE_ACTIVE -> {
                if (p.lowRate) {
                    lowRateFrames++;
                } else {
                    highRateFrames++;
                }
            }
            case FrameParams.TYPE_SID -> sidFrames++;
            default -> untransmittedFrames++;
        }
    }

    /** True after a SID or untransmitted frame: the sender is in a DTX pause (Annex A). */
    @Override
    public boolean inComfortNoise() {
        return frames.inComfortNoise();
    }

    /** Active frames decoded at 6.3 kbit/s (MP-MLQ). */
    public long highRateFrames() {
        return highRateFrames;
    }

    /** Active frames decoded at 5.3 kbit/s (ACELP). */
    public long lowRateFrames() {
        return lowRateFrames;
    }

    /** SID frames (Annex A comfort-noise updates). */
    public long sidFrames() {
        return sidFrames;
    }

    /** Untransmitted-frame codes received (comfort noise continued). */
    public long untransmittedFrames() {
        return untransmittedFrames;
    }

    /** Frames produced by concealment: lost (via {@link #conceal}), truncated or invalid. */
    public long concealedFrames() {
        return concealedFrames;
    }

    /** Malformed input: empty payloads, truncated frames, frames with forbidden codes. */
    public long errors() {
        return errors;
    }
}
