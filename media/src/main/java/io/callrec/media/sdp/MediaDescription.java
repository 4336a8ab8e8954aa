package io.callrec.media.sdp;

import java.util.List;
import java.util.Map;

/**
 * One m= section (RFC 8866 §5.14) with what follows it. {@code address} is the media-level c= or
 * else the session-level one, normalised by {@link Addresses#normalize}; null when neither exists.
 * {@code payloadTypes} maps every listed format to its rtpmap (explicit, or RFC 3551 static);
 * formats without either are absent. {@code ptime} is 0 when not given.
 */
public record MediaDescription(String media, int port, String proto, List<Integer> formats, String address,
                               Map<Integer, RtpMap> payloadTypes, Map<Integer, String> fmtp, int ptime,
                               Direction direction, String label) {

    public MediaDescription {
        formats = List.copyOf(formats);
        payloadTypes = Map.copyOf(payloadTypes);
        fmtp = Map.copyOf(fmtp);
    }

    public boolean isAudio() {
        return media.equalsIgnoreCase("audio");
    }

    /** RFC 3264 §8.2: port 0 rejects or disables the stream. */
    public boolean disabled() {
        return port == 0;
    }

    /** The payload type of telephone-event (RFC 4733 §7.1.1), or -1. */
    public int telephoneEventType() {
        return firstNamed("telephone-event");
    }

    /** Clock rate of the telephone-event type, or 0 when there is none. */
    public int telephoneEventClock() {
        int pt = telephoneEventType();
        return pt < 0 ? 0 : payloadTypes.get(pt).clockRate();
    }

    /** The comfort-noise payload type (RFC 3389: static 13 or a dynamic CN/8000), or -1. */
    public int comfortNoiseType() {
        return firstNamed("CN");
    }

    private int firstNamed(String name) {
        for (int pt : formats) {
            RtpMap m = payloadTypes.get(pt);
            if (m != null && m.is(name)) {
                return pt;
            }
        }
        return -1;
    }

    /** "address:port" as a flow endpoint is written, or null without an address. */
    public String endpoint() {
        return address == null ? null : Addresses.endpoint(address, port);
    }
}
