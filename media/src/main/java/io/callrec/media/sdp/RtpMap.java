package io.callrec.media.sdp;

import java.util.Locale;

/** An a=rtpmap value (RFC 8866 §6.6): encoding name as written, clock rate in Hz, channel count. */
public record RtpMap(String encoding, int clockRate, int channels) {

    /** RFC 3551 Table 4 assignments for static payload types 0-34 (null = unassigned). */
    private static final RtpMap[] STATIC = new RtpMap[35];

    static {
        put(0, "PCMU", 8000);
        put(3, "GSM", 8000);
        put(4, "G723", 8000);
        put(5, "DVI4", 8000);
        put(6, "DVI4", 16000);
        put(7, "LPC", 8000);
        put(8, "PCMA", 8000);
        put(9, "G722", 8000);
        STATIC[10] = new RtpMap("L16", 44100, 2);
        put(11, "L16", 44100);
        put(12, "QCELP", 8000);
        put(13, "CN", 8000);
        put(14, "MPA", 90000);
        put(15, "G728", 8000);
        put(16, "DVI4", 11025);
        put(17, "DVI4", 22050);
        put(18, "G729", 8000);
        put(25, "CelB", 90000);
        put(26, "JPEG", 90000);
        put(31, "H261", 90000);
        put(32, "MPV", 90000);
        put(33, "MP2T", 90000);
        put(34, "H263", 90000);
    }

    private static void put(int pt, String name, int clock) {
        STATIC[pt] = new RtpMap(name, clock, 1);
    }

    /** The static assignment of a payload type, or null. */
    public static RtpMap ofStatic(int payloadType) {
        return payloadType >= 0 && payloadType < STATIC.length ? STATIC[payloadType] : null;
    }

    /** Parses "PCMA/8000" or "opus/48000/2"; null when malformed. */
    public static RtpMap parse(String value) {
        String[] parts = value.trim().split("/");
        if (parts.length < 2 || parts[0].isEmpty()) {
            return null;
        }
        try {
            int clock = Integer.parseInt(parts[1].trim());
            int channels = parts.length > 2 ? Integer.parseInt(parts[2].trim()) : 1;
            return clock > 0 && channels > 0 ? new RtpMap(parts[0].trim(), clock, channels) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean is(String name) {
        return encoding.equalsIgnoreCase(name);
    }

    public String lowerName() {
        return encoding.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return encoding + "/" + clockRate + (channels > 1 ? "/" + channels : "");
    }
}
