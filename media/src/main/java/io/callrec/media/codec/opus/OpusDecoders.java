package io.callrec.media.codec.opus;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Creates {@link OpusDecoder}s: libopus (JNA) when the native library loads, otherwise pure-Java
 * Concentus, announced by one log line per JVM. Both decode at 48 kHz and share the
 * {@link io.callrec.media.dsp.PolyphaseResampler} down to the output rate, so a machine without
 * libopus produces the same audio (Concentus cannot decode hybrid packets below 48 kHz, and
 * libopus' own low-rate output differs from a 48 kHz decode by 25-35 dB in band, measured on the
 * corpus: it truncates CELT bands and skips the SILK up-sampler).
 */
public final class OpusDecoders {

    private static final Logger LOG = Logger.getLogger(OpusDecoders.class.getName());
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();
    /** Rate of the Opus decoder state; the output rate is reached by resampling. */
    private static final int DECODE_RATE = 48000;

    private OpusDecoders() {
    }

    /** A decoder with mono output at {@code outputRate}: 8000, 12000, 16000, 24000 or 48000 Hz. */
    public static OpusDecoder create(int outputRate) {
        checkRate(outputRate);
        if (libopusAvailable()) {
            return new OpusDecoder(new LibOpusBackend(DECODE_RATE), outputRate);
        }
        if (FALLBACK_LOGGED.compareAndSet(false, true)) {
            LOG.info("libopus not loadable (" + LibOpus.LOAD_FAILURE + "); decoding Opus with pure-Java Concentus");
        }
        return concentus(outputRate);
    }

    /** Forces libopus; {@link IllegalStateException} when it cannot be loaded. */
    public static OpusDecoder libopus(int outputRate) {
        checkRate(outputRate);
        return new OpusDecoder(new LibOpusBackend(DECODE_RATE), outputRate);
    }

    /** Forces Concentus. */
    public static OpusDecoder concentus(int outputRate) {
        checkRate(outputRate);
        return new OpusDecoder(new ConcentusBackend(), outputRate);
    }

    public static boolean libopusAvailable() {
        return LibOpus.AVAILABLE;
    }

    private static void checkRate(int rate) {
        if (rate != 8000 && rate != 12000 && rate != 16000 && rate != 24000 && rate != 48000) {
            throw new IllegalArgumentException("Opus output rate must be 8000, 12000, 16000, 24000 or 48000 Hz: " + rate);
        }
    }
}
