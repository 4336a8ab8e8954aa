package io.callrec.media.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an SDP text (RFC 8866 §5): "type=value" lines; c= at session level applies to every m=
 * section without its own (§5.7); a=rtpmap/a=fmtp/a=ptime/a=label and direction attributes attach
 * to the current m= section; a session-level direction is the default for all sections (RFC 3264
 * §5.1). Returns null only when there is no "v=" line at all.
 */
public final class SdpParser {

    private static final int MAX_MEDIA = 64;

    private SdpParser() {
    }

    public static SessionDescription parse(String text) {
        if (text == null || !text.stripLeading().startsWith("v=")) {
            return null;
        }
        String origin = null;
        String sessionAddress = null;
        Direction sessionDirection = Direction.SENDRECV;
        List<Builder> media = new ArrayList<>();
        Builder current = null;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            char type = line.charAt(0);
            String value = line.substring(2).trim();
            if (type == 'm') {
                current = media.size() < MAX_MEDIA ? Builder.of(value) : null;
                if (current != null) {
                    media.add(current);
                }
            } else if (type == 'o' && current == null) {
                origin = value;
            } else if (type == 'c') {
                String address = connectionAddress(value);
                if (current == null) {
                    sessionAddress = address;
                } else if (address != null) {
                    current.address = address;
                }
            } else if (type == 'a') {
                if (current != null) {
                    current.attribute(value);
                } else {
                    Direction d = Direction.ofAttribute(value);
                    sessionDirection = d == null ? sessionDirection : d;
                }
            }
        }
        List<MediaDescription> list = new ArrayList<>();
        for (Builder b : media) {
            list.add(b.build(sessionAddress, sessionDirection));
        }
        return new SessionDescription(origin, sessionAddress, list);
    }

    /** "IN IP4 192.0.2.1" or "IN IP6 2001:db8::1", multicast "/ttl/count" suffixes dropped (§5.7). */
    static String connectionAddress(String value) {
        String[] parts = value.split("\\s+");
        if (parts.length < 3 || !parts[0].equalsIgnoreCase("IN")) {
            return null;
        }
        String address = parts[2];
        int slash = address.indexOf('/');
        return Addresses.normalize(slash < 0 ? address : address.substring(0, slash));
    }

    /** Mutable state of one m= section while its attribute lines are read. */
    private static final class Builder {
        String media;
        int port;
        String proto;
        final List<Integer> formats = new ArrayList<>();
        String address;
        final Map<Integer, RtpMap> rtpmap = new HashMap<>();
        final Map<Integer, String> fmtp = new HashMap<>();
        int ptime;
        Direction direction;
        String label;

        /** "audio 49170 RTP/AVP 0 8 96" (RFC 8866 §5.14); port may carry "/count". */
        static Builder of(String value) {
            String[] parts = value.split("\\s+");
            Builder b = new Builder();
            b.media = parts[0];
            b.proto = parts.length > 2 ? parts[2] : "";
            if (parts.length > 1) {
                String port = parts[1];
                int slash = port.indexOf('/');
                b.port = parseInt(slash < 0 ? port : port.substring(0, slash), -1);
            }
            for (int i = 3; i < parts.length && b.formats.size() < 128; i++) {
                int pt = parseInt(parts[i], -1);
                if (pt >= 0 && pt <= 127) {
                    b.formats.add(pt);
                }
            }
            return b;
        }

        void attribute(String value) {
            int colon = value.indexOf(':');
            String name = colon < 0 ? value : value.substring(0, colon);
            String arg = colon < 0 ? "" : value.substring(colon + 1).trim();
            Direction d = Direction.ofAttribute(name);
            if (d != null) {
                direction = d;
                return;
            }
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "rtpmap" -> {
                    int space = arg.indexOf(' ');
                    int pt = space < 0 ? -1 : parseInt(arg.substring(0, space), -1);
                    RtpMap map = space < 0 ? null : RtpMap.parse(arg.substring(space + 1));
                    if (pt >= 0 && pt <= 127 && map != null) {
                        rtpmap.put(pt, map);
                    }
                }
                case "fmtp" -> {
                    int space = arg.indexOf(' ');
                    int pt = space < 0 ? -1 : parseInt(arg.substring(0, space), -1);
                    if (pt >= 0 && pt <= 127) {
                        fmtp.put(pt, arg.substring(space + 1).trim());
                    }
                }
                case "ptime" -> ptime = Math.max(0, parseInt(arg, 0));
                case "label" -> label = arg;
                default -> {
                    // Other attributes (ICE, crypto, rtcp, ...) do not affect how media is decoded.
                }
            }
        }

        MediaDescription build(String sessionAddress, Direction sessionDirection) {
            Map<Integer, RtpMap> types = new HashMap<>();
            for (int pt : formats) {
                RtpMap m = rtpmap.containsKey(pt) ? rtpmap.get(pt) : RtpMap.ofStatic(pt);
                if (m != null) {
                    types.put(pt, m);
                }
            }
            return new MediaDescription(media, Math.max(0, port), proto, formats,
                    address != null ? address : sessionAddress, types, fmtp, ptime,
                    direction != null ? direction : sessionDirection, label);
        }

        private static int parseInt(String s, int fallback) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
