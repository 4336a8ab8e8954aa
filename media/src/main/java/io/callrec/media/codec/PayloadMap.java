package io.callrec.media.codec;

import io.callrec.media.codec.opus.OpusDecoders;
import java.util.Locale;

/**
 * Payload type to codec for one leg. {@link #STATIC} knows only RFC 3551's static types (and the
 * RFC 4733 shape test, see {@link PayloadTypes}); a map built from SDP (RFC 8866 a=rtpmap) adds
 * the dynamic types 96-127 and may rebind any number. A bound encoding that has a static RFC 3551
 * number (PCMA/8000 on 96, say) is decoded as that static type; telephone-event and CN are
 * classified by name; "opus" (RFC 7587 §7: always opus/48000/2) decodes with
 * {@link OpusDecoders} at the rate its coded bandwidth needs ({@link #withOpusCodedRate}, from the
 * packets), to 8 kHz output when that is narrowband, else {@link #OPUS_OUTPUT_RATE}; any other name
 * is unsupported. Unbound numbers fall back to {@link #STATIC}.
 * Immutable once built.
 */
public final class PayloadMap {

    /** Opus output rate above narrowband: the engine's wideband mixing rate. */
    public static final int OPUS_OUTPUT_RATE = 16000;
    private static final int NARROWBAND = 8000;
    private static final int OPUS_CLOCK = 48000;
    /** Statistics name of a type decoded as Opus by guess rather than by SDP. */
    public static final String GUESSED_OPUS = "opus (guessed)";

    public static final PayloadMap STATIC = new PayloadMap(new String[128], new String[128], new int[128]);

    /** Encoding names (lower case) bound by SDP, per payload type; null = not bound. */
    private final String[] names;
    /** The same names as SDP wrote them, for statistics. */
    private final String[] written;
    private final int[] clocks;
    /** Per Opus type, the rate its widest packet's bandwidth needs; 0 = not known (decoded as fullband). */
    private final int[] opusRates;

    private PayloadMap(String[] names, String[] written, int[] clocks) {
        this(names, written, clocks, new int[128]);
    }

    private PayloadMap(String[] names, String[] written, int[] clocks, int[] opusRates) {
        this.names = names;
        this.written = written;
        this.clocks = clocks;
        this.opusRates = opusRates;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when SDP bound this payload type. */
    public boolean bound(int payloadType) {
        return names[payloadType & 0x7F] != null;
    }

    public PayloadKind classify(int payloadType, byte[] payload, int offset, int length) {
        String name = names[payloadType & 0x7F];
        if (name == null) {
            return PayloadTypes.classify(payloadType, payload, offset, length);
        }
        if (name.equals("telephone-event")) {
            return PayloadKind.EVENT;
        }
        if (name.equals("cn")) {
            return PayloadKind.COMFORT_NOISE;
        }
        return outputRate(payloadType) > 0 ? PayloadKind.AUDIO : PayloadKind.UNSUPPORTED;
    }

    /** A new decoder for an audio payload type, or null when none is available. */
    public AudioDecoder newDecoder(int payloadType) {
        if (names[payloadType & 0x7F] == null) {
            return PayloadTypes.newDecoder(payloadType);
        }
        if (opus(payloadType)) {
            int coded = opusRates[payloadType & 0x7F];
            return OpusDecoders.create(outputRate(payloadType), coded > 0 ? coded : OpusDecoders.FULLBAND);
        }
        int equivalent = staticEquivalent(payloadType);
        return equivalent < 0 ? null : PayloadTypes.newDecoder(equivalent);
    }

    /** Output rate of {@link #newDecoder}'s decoder without creating one (native state for Opus); 0 = none. */
    public int outputRate(int payloadType) {
        if (names[payloadType & 0x7F] == null) {
            return PayloadTypes.outputRate(payloadType);
        }
        if (opus(payloadType)) {
            return opusRates[payloadType & 0x7F] == NARROWBAND ? NARROWBAND : OPUS_OUTPUT_RATE;
        }
        int equivalent = staticEquivalent(payloadType);
        return equivalent < 0 ? 0 : PayloadTypes.outputRate(equivalent);
    }

    private boolean opus(int payloadType) {
        return "opus".equals(names[payloadType & 0x7F]) && clocks[payloadType & 0x7F] == OPUS_CLOCK;
    }

    /**
     * A copy that decodes {@code payloadType} as Opus (opus/48000), named {@link #GUESSED_OPUS} in
     * statistics: for a dynamic type no SDP bound whose packets the engine judged to be Opus.
     */
    public PayloadMap withGuessedOpus(int payloadType) {
        int pt = payloadType & 0x7F;
        String[] n = names.clone();
        String[] w = written.clone();
        int[] c = clocks.clone();
        n[pt] = "opus";
        w[pt] = GUESSED_OPUS;
        c[pt] = OPUS_CLOCK;
        return new PayloadMap(n, w, c, opusRates.clone());
    }

    /**
     * A copy whose Opus type {@code payloadType} is decoded for {@code codedRate}, the rate the
     * bandwidth of its widest packet on the leg needs (8000 to 48000, RFC 6716 §2); a narrowband-only
     * stream then decodes natively to 8 kHz. Other types are unaffected.
     */
    public PayloadMap withOpusCodedRate(int payloadType, int codedRate) {
        int[] r = opusRates.clone();
        r[payloadType & 0x7F] = codedRate;
        return new PayloadMap(names, written, clocks, r);
    }

    /** True when {@code payloadType} is decoded as Opus (bound by SDP or guessed). */
    public boolean isOpus(int payloadType) {
        return opus(payloadType);
    }

    /** Clock rate from SDP in Hz, or 0 when SDP did not bind the type. */
    public int clockRate(int payloadType) {
        return clocks[payloadType & 0x7F];
    }

    /** Name for statistics: the SDP encoding name when bound, else {@link PayloadTypes#name}. */
    public String name(int payloadType, PayloadKind kind) {
        String name = names[payloadType & 0x7F];
        if (name == null) {
            return PayloadTypes.name(payloadType, kind);
        }
        int equivalent = staticEquivalent(payloadType);
        return equivalent >= 0 ? PayloadTypes.name(equivalent, PayloadKind.AUDIO) : written[payloadType & 0x7F];
    }

    /** The RFC 3551 static number carrying the same encoding and clock, or -1. */
    private int staticEquivalent(int payloadType) {
        String name = names[payloadType & 0x7F];
        int clock = clocks[payloadType & 0x7F];
        return switch (name) {
            case "pcmu" -> clock == 8000 ? PayloadTypes.PCMU : -1;
            case "pcma" -> clock == 8000 ? PayloadTypes.PCMA : -1;
            case "gsm" -> clock == 8000 ? 3 : -1;
            case "g723" -> clock == 8000 ? PayloadTypes.G723 : -1;
            // RFC 3551 §4.5.2: G.722 is announced with an 8000 Hz RTP clock although it samples at 16 kHz.
            case "g722" -> clock == 8000 ? 9 : -1;
            case "g728" -> clock == 8000 ? 15 : -1;
            case "g729" -> clock == 8000 ? PayloadTypes.G729 : -1;
            // Some phones name the Annex A variant; its bitstream is G.729's (G.729 Annex A §A.1).
            case "g729a" -> clock == 8000 ? PayloadTypes.G729 : -1;
            default -> -1;
        };
    }

    /** Collects SDP bindings; later bindings of the same number replace earlier ones. */
    public static final class Builder {
        private final String[] names = new String[128];
        private final String[] written = new String[128];
        private final int[] clocks = new int[128];

        public Builder bind(int payloadType, String encoding, int clockRate) {
            if (payloadType >= 0 && payloadType < 128 && encoding != null && !encoding.isBlank()) {
                names[payloadType] = encoding.trim().toLowerCase(Locale.ROOT);
                written[payloadType] = encoding.trim();
                clocks[payloadType] = clockRate;
            }
            return this;
        }

        public PayloadMap build() {
            return new PayloadMap(names.clone(), written.clone(), clocks.clone());
        }
    }
}
