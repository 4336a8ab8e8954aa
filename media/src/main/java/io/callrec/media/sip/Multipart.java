package io.callrec.media.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Body parts of a multipart body (RFC 2046 §5.1.1): delimiter lines "--boundary", the last one
 * "--boundary--"; each part has its own headers, a blank line, then content. SIPREC (RFC 7866)
 * sends SDP and recording metadata this way. Nested multiparts are flattened a few levels deep.
 */
public final class Multipart {

    private static final int MAX_DEPTH = 3;
    private static final int MAX_PARTS = 32;

    /** One part: its media type in lower case (without parameters) and its content bytes. */
    public record Part(String contentType, byte[] body) {
    }

    private Multipart() {
    }

    /** The parts of {@code body} given its full Content-Type value; empty when it is not parseable. */
    public static List<Part> parts(String contentTypeHeader, byte[] body) {
        List<Part> out = new ArrayList<>();
        collect(contentTypeHeader, body, 0, out);
        return out;
    }

    private static void collect(String contentType, byte[] body, int depth, List<Part> out) {
        String boundary = boundary(contentType);
        if (boundary == null || depth >= MAX_DEPTH) {
            return;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int p = text.startsWith(delimiter) ? 0 : text.indexOf("\n" + delimiter);
        while (p >= 0 && out.size() < MAX_PARTS) {
            int lineStart = text.charAt(p) == '\n' ? p + 1 : p;
            int after = lineStart + delimiter.length();
            if (text.startsWith("--", after)) {
                return;
            }
            int contentEndSearch = text.indexOf("\n" + delimiter, after);
            int partEnd = contentEndSearch < 0 ? text.length() : contentEndSearch;
            int partStart = text.indexOf('\n', after);
            if (partStart < 0 || partStart >= partEnd) {
                return;
            }
            addPart(text.substring(partStart + 1, partEnd), depth, out);
            p = contentEndSearch;
        }
    }

    private static void addPart(String part, int depth, List<Part> out) {
        String[] split = part.split("\r?\n\r?\n", 2);
        String type = null;
        for (String line : split[0].split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && SipHeaderNames.canonical(line.substring(0, colon)).equals("content-type")) {
                type = line.substring(colon + 1).trim();
            }
        }
        String content = split.length > 1 ? split[1] : "";
        if (content.endsWith("\r")) {
            content = content.substring(0, content.length() - 1);
        }
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        String mediaType = type == null ? "text/plain" : mediaType(type);
        if (mediaType.startsWith("multipart/")) {
            collect(type, bytes, depth + 1, out);
        } else {
            out.add(new Part(mediaType, Arrays.copyOf(bytes, bytes.length)));
        }
    }

    private static String mediaType(String value) {
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The boundary parameter, unquoted (RFC 2046 §5.1.1), or null. */
    static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
                String v = param.substring(eq + 1).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
