package io.callrec.media.codec.g729;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.DiscontinuousTransmission;

/**
 * G.729 / G.729 Annex A decoder with Annex B comfort noise, for RTP payload type 18.
 *
 * <p>Payload layout (RFC 3551 §4.5.6): any number of 10-byte speech frames, optionally followed by
 * one 2-byte Annex B SID frame. Other trailing byte counts are not frames: the whole frames are
 * decoded and the rest is counted in {@link #errors()}. Every frame gives 80 samples (10 ms).
 *
 * <p>G.729 and Annex A share one bitstream; this decoder runs the Annex A decoder (same parameter
 * decoding and synthesis as G.729 §4.1, reduced-complexity post-filter of Annex A), which is what
 * most phones' encoders are paired with and is valid for a main-body G.729 stream as well (the
 * post-filter is a decoder-side choice; against FFmpeg's main-body post-filter the outputs differ
 * by about 21-24 dB SNR).
 *
 * <p>{@link #conceal} renders lost or untransmitted frames as the reference decoder does with its
 * bad-frame indicator: after speech, frame-erasure concealment (G.729 §4.4); after a SID, more
 * comfort noise at the last SID's parameters (Annex B §B.4, frame type "not transmitted").
 */
public final class G729Decoder implements AudioDecoder, DiscontinuousTransmission {

    /** Bytes of a speech frame and of an Annex B SID frame. */
    public static final int FRAME_BYTES = 10;
    public static final int SID_BYTES = 2;

    private static final int FRAME_SAMPLES = G729Tables.L_FRAME;

    private final FrameSynthesizer synthesizer = new FrameSynthesizer();
    private final int[] prm = new int[FrameBits.SPEECH_PARAMS];

    private long frames;
    private long sidFrames;
    private long concealedFrames;
    private long noiseFrames;
    private long errors;

    @Override
    public int sampleRate() {
        return 8000;
    }

    @Override
    public int maxSamples(int payloadLength) {
        return (Math.max(payloadLength, 0) + FRAME_BYTES - 1) / FRAME_BYTES * FRAME_SAMPLES;
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] out, int outOffset) {
        if (length <= 0) {
            errors++;
            return 0;
        }
        int whole = length / FRAME_BYTES;
        int rest = length % FRAME_BYTES;
        int written = 0;
        for (int f = 0; f < whole; f++) {
            FrameBits.unpackSpeech(payload, offset + f * FRAME_BYTES, prm);
            synthesizer.speechFrame(prm, false);
            frames++;
            written += synthesizer.emit(out, outOffset + written, FRAME_SAMPLES);
        }
        if (rest == SID_BYTES) {
            FrameBits.unpackSid(payload, offset + whole * FRAME_BYTES, prm);
            synthesizer.noiseFrame(prm, true);
            sidFrames++;
            written += synthesizer.emit(out, outOffset + written, FRAME_SAMPLES);
        } else if (rest != 0) {
            errors++;
        }
        return written;
    }

    /** Renders whole frames; a request that is not a multiple of 80 samples ends with a partial frame. */
    @Override
    public int conceal(short[] out, int outOffset, int samples) {
        int written = 0;
        while (written < samples) {
            if (synthesizer.lastActive()) {
                synthesizer.speechFrame(prm, true);
                concealedFrames++;
            } else {
                synthesizer.noiseFrame(prm, false);
                noiseFrames++;
            }
            written += synthesizer.emit(out, outOffset + written, Math.min(FRAME_SAMPLES, samples - written));
        }
        return written;
    }

    /** True after a SID (or a comfort-noise frame): the sender is in a DTX pause (Annex B §B.4). */
    @Override
    public boolean inComfortNoise() {
        return !synthesizer.lastActive();
    }

    /** Speech frames decoded from payloads. */
    public long frames() {
        return frames;
    }

    /** Annex B SID frames decoded (each also yields one frame of comfort noise). */
    public long sidFrames() {
        return sidFrames;
    }

    /** Lost speech frames rendered by erasure concealment (G.729 §4.4). */
    public long concealedFrames() {
        return concealedFrames;
    }

    /** Untransmitted (DTX) frames rendered as comfort noise at the last SID's parameters. */
    public long noiseFrames() {
        return noiseFrames;
    }

    /** Empty payloads and trailing bytes that form neither a speech nor a SID frame. */
    public long errors() {
        return errors;
    }

    /** Current comfort-noise target gain (excitation RMS) set by the last SID; for tests. */
    double sidGain() {
        return synthesizer.sidGain();
    }

    /** A(z) of the last frame's second subframe (11 coefficients); for tests. */
    double[] lastLpc() {
        return synthesizer.lastLpc();
    }
}
