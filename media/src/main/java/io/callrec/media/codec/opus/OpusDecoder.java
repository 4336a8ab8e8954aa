package io.callrec.media.codec.opus;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.FecDecoder;
import io.callrec.media.dsp.PolyphaseResampler;

/**
 * Opus (RFC 6716, RTP payload per RFC 7587) to mono 16-bit PCM at a chosen rate. Every mode,
 * bandwidth (NB..FB), frame size and packing code is handled by the backend; stereo packets are
 * mixed down by the decoder itself (the backend state has one output channel, which libopus and
 * Concentus honour for any stream; libopus 1.2+ then ignores intensity-stereo phase inversion,
 * Concentus does not, so the two differ on such packets). Packets are checked in Java first
 * ({@link OpusPacket}); a malformed packet or a backend error is concealed and counted, never
 * thrown. Create instances with {@link OpusDecoders}; one instance per leg, used by one thread
 * at a time ({@link #close()} included), closed when the leg ends to free libopus' native memory.
 */
public final class OpusDecoder implements AudioDecoder, FecDecoder, AutoCloseable {

    private final OpusBackend backend;
    private final int outputRate;
    /** Non-null when the backend decodes at 48 kHz and the output rate is lower. */
    private final PolyphaseResampler resampler;
    private final byte[] packet = new byte[OpusPacket.MAX_PACKET_BYTES];
    private final short[] pcm;
    /** Output-rate scratch for PLC/FEC, whose 2.5 ms-step result may exceed what the caller asked for. */
    private final short[] scratch;
    private final LbrrProbe lbrr = new LbrrProbe();
    private int lastPacketSamples;
    private long decodedPackets;
    private long decodedFrames;
    private long concealed;
    private long fecRecovered;
    private long errors;

    OpusDecoder(OpusBackend backend, int outputRate) {
        this.backend = backend;
        this.outputRate = outputRate;
        this.resampler = backend.rate() == outputRate ? null : new PolyphaseResampler(backend.rate(), outputRate);
        this.pcm = new short[backendSamples(OpusPacket.MAX_SAMPLES_48K)];
        this.scratch = new short[outputSamples(OpusPacket.MAX_SAMPLES_48K) + 8];
        this.lastPacketSamples = outputRate / 50;
    }

    @Override
    public int sampleRate() {
        return outputRate;
    }

    /** 120 ms, the longest packet (RFC 6716 §3.4 R5), whatever the payload length. */
    @Override
    public int maxSamples(int payloadLength) {
        return outputSamples(OpusPacket.MAX_SAMPLES_48K);
    }

    @Override
    public int decode(byte[] payload, int offset, int length, short[] out, int outOffset) {
        int samples48k = inBounds(payload, offset, length) ? OpusPacket.samples48k(payload, offset, length) : -1;
        if (samples48k <= 0 || length > packet.length) {
            errors++;
            return concealCounted(out, outOffset, samples48k > 0 ? outputSamples(samples48k) : lastPacketSamples);
        }
        System.arraycopy(payload, offset, packet, 0, length);
        int n = backend.decode(packet, length, pcm, pcm.length, false);
        if (n <= 0) {
            errors++;
            return concealCounted(out, outOffset, outputSamples(samples48k));
        }
        decodedPackets++;
        decodedFrames += OpusPacket.frameCount(payload, offset, length);
        lastPacketSamples = outputSamples(samples48k);
        return emit(n, out, outOffset);
    }

    @Override
    public int conceal(short[] out, int outOffset, int samples) {
        return concealCounted(out, outOffset, samples);
    }

    /** RFC 6716 §2.1.7: the LBRR data of {@code nextPayload} rebuilds the lost packet. */
    @Override
    public int decodeFec(byte[] nextPayload, int offset, int length, short[] out, int outOffset, int samples) {
        if (samples <= 0) {
            return 0;
        }
        if (!inBounds(nextPayload, offset, length) || OpusPacket.samples48k(nextPayload, offset, length) <= 0
                || length > packet.length || !lbrr.hasLbrr(nextPayload, offset, length)) {
            return concealCounted(out, outOffset, samples);
        }
        System.arraycopy(nextPayload, offset, packet, 0, length);
        int n = backend.decode(packet, length, pcm, backendFrame(samples), true);
        if (n <= 0) {
            errors++;
            return concealCounted(out, outOffset, samples);
        }
        fecRecovered++;
        return fit(emit(n, scratch, 0), out, outOffset, samples);
    }

    /** Backend PLC (opus_decode with no data) in whole 2.5 ms steps, trimmed or padded to {@code samples}. */
    private int concealCounted(short[] out, int outOffset, int samples) {
        if (samples <= 0) {
            return 0;
        }
        concealed++;
        int n = backend.decode(null, 0, pcm, backendFrame(samples), false);
        if (n <= 0) {
            errors++;
            java.util.Arrays.fill(out, outOffset, outOffset + samples, (short) 0);
            return samples;
        }
        return fit(emit(n, scratch, 0), out, outOffset, samples);
    }

    /** Copies or resamples {@code n} backend samples to {@code out}; returns output samples. */
    private int emit(int n, short[] out, int outOffset) {
        if (resampler == null) {
            System.arraycopy(pcm, 0, out, outOffset, n);
            return n;
        }
        return resampler.process(pcm, 0, n, out, outOffset);
    }

    /** Copies exactly {@code samples} from the scratch to {@code out}: surplus dropped, a shortfall zero-padded. */
    private int fit(int produced, short[] out, int outOffset, int samples) {
        int n = Math.min(produced, samples);
        System.arraycopy(scratch, 0, out, outOffset, n);
        if (n < samples) {
            java.util.Arrays.fill(out, outOffset + n, outOffset + samples, (short) 0);
        }
        return samples;
    }

    /** Backend frame size for {@code samples} output samples, a whole number of 2.5 ms steps, capped at 120 ms. */
    private int backendFrame(int samples) {
        int step = backend.rate() / 400;
        int wanted = (int) ((long) samples * backend.rate() / outputRate);
        int frame = (wanted + step - 1) / step * step;
        return Math.min(Math.max(frame, step), pcm.length);
    }

    private int outputSamples(int samples48k) {
        return (int) ((long) samples48k * outputRate / 48000);
    }

    private int backendSamples(int samples48k) {
        return (int) ((long) samples48k * backend.rate() / 48000);
    }

    private static boolean inBounds(byte[] b, int offset, int length) {
        return b != null && offset >= 0 && length > 0 && offset <= b.length - length;
    }

    /** Packets decoded without error. */
    public long decodedPackets() {
        return decodedPackets;
    }

    /** Opus frames in those packets (a packet holds 1..48 frames, RFC 6716 §3.2). */
    public long decodedFrames() {
        return decodedFrames;
    }

    /** Concealment runs: lost audio, malformed or undecodable packets, FEC requests without FEC data. */
    public long concealed() {
        return concealed;
    }

    /** Lost packets rebuilt from the next packet's LBRR data. */
    @Override
    public long fecRecovered() {
        return fecRecovered;
    }

    /** Malformed packets and backend errors (each also concealed). */
    public long errors() {
        return errors;
    }

    /** Constant delay added by the resampler, in output samples (0 when the decode rate is the output rate). */
    @Override
    public int delaySamples() {
        return resampler == null ? 0 : resampler.delayOutputSamples();
    }

    /** "libopus 1.3.1" or "concentus". */
    public String implementation() {
        return backend.name();
    }

    /** Releases native memory (libopus); the decoder conceals with silence afterwards. */
    @Override
    public void close() {
        backend.close();
    }
}
