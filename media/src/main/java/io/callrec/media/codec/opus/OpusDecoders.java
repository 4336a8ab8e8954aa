package io.callrec.media.codec.opus;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Creates {@link OpusDecoder}s: libopus (JNA) when the native library loads, otherwise pure-Java
 * Concentus, announced by one log line per JVM. A stream is decoded at the rate its coded audio
 * bandwidth needs ({@code codedRate}, from the packets' TOC bytes, RFC 6716 §2): narrowband at
 * 8 kHz, medium-band at 12 kHz, wideband at 16 kHz, where the SILK layer works natively, so the
 * output is the codec's own synthesis with no resampler in between (OpusBandwidthTest, narrowband
 * speech-like audio: 12.8 dB SI-SNR against the source at 8 kHz, against 10.0 dB decoded at 48 kHz
 * and resampled, and 10.1 dB for ffmpeg's libopus chain, which always decodes at 48 kHz). Super-wideband and fullband
 * (hybrid or CELT) are decoded at 48 kHz: Concentus decodes hybrid packets silent below it, and
 * libopus' own lower-rate output truncates CELT bands. Then the shared
 * {@link io.callrec.media.dsp.PolyphaseResampler} brings the decode rate to the output rate when
 * they differ, so a machine without libopus produces the same audio.
 */
public final class OpusDecoders {

    private static final Logger LOG = Logger.getLogger(OpusDecoders.class.getName());
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();
    /** Coded rate of a stream whose bandwidth is not known: fullband. */
    public static final int FULLBAND = 48000;

    private OpusDecoders() {
    }

    /** A decoder with mono output at {@code outputRate} for a fullband stream (decoded at 48 kHz). */
    public static OpusDecoder create(int outputRate) {
        return create(outputRate, FULLBAND);
    }

    /**
     * A decoder with mono output at {@code outputRate} (8000, 12000, 16000, 24000 or 48000 Hz) for a
     * stream whose widest packet needs {@code codedRate} (the same set of rates).
     */
    public static OpusDecoder create(int outputRate, int codedRate) {
        checkRate(outputRate);
        checkRate(codedRate);
        if (libopusAvailable()) {
            return libopus(outputRate, codedRate);
        }
        if (FALLBACK_LOGGED.compareAndSet(false, true)) {
            LOG.info("libopus not loadable (" + LibOpus.LOAD_FAILURE + "); decoding Opus with pure-Java Concentus");
        }
        return concentus(outputRate, codedRate);
    }

    /** Forces libopus for a fullband stream; {@link IllegalStateException} when it cannot be loaded. */
    public static OpusDecoder libopus(int outputRate) {
        return libopus(outputRate, FULLBAND);
    }

    /** Forces libopus; {@link IllegalStateException} when it cannot be loaded. */
    public static OpusDecoder libopus(int outputRate, int codedRate) {
        checkRate(outputRate);
        checkRate(codedRate);
        return new OpusDecoder(new LibOpusBackend(decodeRate(codedRate)), outputRate);
    }

    /** Forces Concentus for a fullband stream. */
    public static OpusDecoder concentus(int outputRate) {
        return concentus(outputRate, FULLBAND);
    }

    /** Forces Concentus. */
    public static OpusDecoder concentus(int outputRate, int codedRate) {
        checkRate(outputRate);
        checkRate(codedRate);
        return new OpusDecoder(new ConcentusBackend(decodeRate(codedRate)), outputRate);
    }

    /** The decoder state's rate: the coded rate up to wideband, 48 kHz above. */
    static int decodeRate(int codedRate) {
        return codedRate <= 16000 ? codedRate : FULLBAND;
    }

    public static boolean libopusAvailable() {
        return LibOpus.AVAILABLE;
    }

    private static void checkRate(int rate) {
        if (rate != 8000 && rate != 12000 && rate != 16000 && rate != 24000 && rate != 48000) {
            throw new IllegalArgumentException("Opus rates are 8000, 12000, 16000, 24000 or 48000 Hz: " + rate);
        }
    }
}
