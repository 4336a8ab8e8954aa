package io.callrec.media.codec;

import io.callrec.media.codec.g722.G722Decoder;
import io.callrec.media.codec.g7231.G7231Decoder;
import io.callrec.media.codec.g729.G729Decoder;
import io.callrec.media.sdp.RtpMap;

/**
 * Payload-type knowledge without SDP: the static assignments of RFC 3551 §6 (Table 4) and a
 * shape test for RFC 4733 events on dynamic types 96-127.
 */
public final class PayloadTypes {

    public static final int PCMU = 0;
    public static final int G723 = 4;
    public static final int PCMA = 8;
    public static final int G722 = 9;
    public static final int CN = 13;
    public static final int G729 = 18;
    private static final int DYNAMIC_FIRST = 96;

    private PayloadTypes() {
    }

    public static PayloadKind classify(int payloadType, byte[] payload, int offset, int length) {
        if (hasDecoder(payloadType)) {
            return PayloadKind.AUDIO;
        }
        if (payloadType == CN) {
            return PayloadKind.COMFORT_NOISE;
        }
        if (payloadType >= DYNAMIC_FIRST && looksLikeDtmfEvent(payload, offset, length)) {
            return PayloadKind.EVENT;
        }
        return PayloadKind.UNSUPPORTED;
    }

    /**
     * RFC 4733 §2.3: 4 bytes = event, E|R|volume, duration. DTMF events are 0-16, the reserved
     * R bit is zero, and volume is 0-63 dBm0 by construction.
     */
    static boolean looksLikeDtmfEvent(byte[] payload, int offset, int length) {
        return length == 4 && (payload[offset] & 0xFF) <= 16 && (payload[offset + 1] & 0x40) == 0;
    }

    /** True when {@link #newDecoder} has a decoder for this static payload type (no allocation). */
    public static boolean hasDecoder(int payloadType) {
        return outputRate(payloadType) > 0;
    }

    /**
     * Output rate of {@link #newDecoder}'s decoder without creating one: 16000 for G.722 (whose RTP
     * clock is nevertheless 8000, RFC 3551 §4.5.2), 8000 for G.711, G.723.1 and G.729; 0 = none.
     */
    public static int outputRate(int payloadType) {
        return switch (payloadType) {
            case PCMU, PCMA, G723, G729 -> 8000;
            case G722 -> G722Decoder.SAMPLE_RATE;
            default -> 0;
        };
    }

    /**
     * A new decoder for an audio payload type, or null when none is available: G.711 (PT 0 / 8),
     * G.723.1 (PT 4, RFC 3551 §4.5.3), G.722 (PT 9, §4.5.2) and G.729 / G.729A with Annex B SID
     * frames (PT 18, §4.5.6).
     */
    public static AudioDecoder newDecoder(int payloadType) {
        return switch (payloadType) {
            case PCMU -> G711Decoder.ulaw();
            case PCMA -> G711Decoder.alaw();
            case G723 -> new G7231Decoder();
            case G722 -> new G722Decoder();
            case G729 -> new G729Decoder();
            default -> null;
        };
    }

    /**
     * RTP clock rate of a static payload type, from the one RFC 3551 Table 4 in {@link RtpMap} (8000
     * for the telephony codecs, including G.722 whose clock is 8000 although it samples at 16 kHz);
     * 0 for dynamic or unassigned types, whose rate only SDP can say.
     */
    public static int clockRate(int payloadType) {
        RtpMap assigned = RtpMap.ofStatic(payloadType);
        return assigned == null ? 0 : assigned.clockRate();
    }

    /** Name for statistics: the RFC 3551 encoding name, "telephone-event", or "PT&lt;n&gt;". */
    public static String name(int payloadType, PayloadKind kind) {
        if (kind == PayloadKind.EVENT) {
            return "telephone-event";
        }
        RtpMap assigned = RtpMap.ofStatic(payloadType);
        return assigned != null ? assigned.encoding() : "PT" + payloadType;
    }
}
