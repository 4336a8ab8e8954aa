package io.callrec.media.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parses one SIP message from bytes (RFC 3261 §7). Tolerant where real traffic is sloppy: bare LF
 * line ends, leading CRLF keep-alives, folded header lines (§7.3.1), any header-name case, compact
 * forms (§7.3.3), a missing Content-Length on UDP (§18.3: the body is the rest of the datagram).
 * Returns null for anything whose start line is not SIP; never throws on malformed input.
 */
public final class SipParser {

    /** Bounds that keep hostile input from costing more than a normal large message. */
    static final int MAX_HEADERS = 256;
    static final int MAX_MESSAGE = 256 * 1024;

    private SipParser() {
    }

    /** Parses a datagram (or a framed stream message); null when it is not a SIP message. */
    public static SipMessage parse(byte[] b, int offset, int length) {
        if (b == null || offset < 0 || length <= 0 || offset + length > b.length) {
            return null;
        }
        int start = skipLineBreaks(b, offset, offset + length);
        int end = offset + Math.min(length, MAX_MESSAGE);
        int headerEnd = headerEnd(b, start, end);
        boolean headersComplete = headerEnd >= 0;
        int headerStop = headersComplete ? headerEnd : end;
        // Offsets were found on bytes, so decoding as UTF-8 (display names may use it) is safe here.
        List<String> lines = lines(new String(b, start, headerStop - start, StandardCharsets.UTF_8));
        if (lines.isEmpty()) {
            return null;
        }
        String[] startLine = lines.get(0).trim().split(" ", 3);
        String method = null;
        String uri = null;
        int status = 0;
        if (startLine.length >= 2 && startLine[0].equalsIgnoreCase("SIP/2.0")) {
            status = statusCode(startLine[1]);
            if (status < 100) {
                return null;
            }
        } else if (startLine.length == 3 && startLine[2].equalsIgnoreCase("SIP/2.0") && isToken(startLine[0])) {
            method = startLine[0].toUpperCase(Locale.ROOT);
            uri = startLine[1];
        } else {
            return null;
        }
        List<String[]> headers = headers(lines);
        int bodyStart = headersComplete ? bodyStart(b, headerEnd) : end;
        int available = Math.max(0, end - bodyStart);
        long declared = contentLength(headers);
        boolean truncated = !headersComplete || length > MAX_MESSAGE;
        int bodyLength = available;
        if (declared >= 0) {
            truncated |= declared > available;
            bodyLength = (int) Math.min(declared, available);
        }
        byte[] body = Arrays.copyOfRange(b, bodyStart, bodyStart + bodyLength);
        return new SipMessage(method, uri, status, headers, body, truncated);
    }

    static int skipLineBreaks(byte[] b, int from, int end) {
        int p = from;
        while (p < end && (b[p] == '\r' || b[p] == '\n')) {
            p++;
        }
        return p;
    }

    /** Index of the blank line ending the header section (CRLFCRLF or LFLF), or -1. */
    static int headerEnd(byte[] b, int from, int end) {
        for (int i = from; i < end - 1; i++) {
            if (b[i] == '\n' && (b[i + 1] == '\n' || (b[i + 1] == '\r' && i + 2 < end && b[i + 2] == '\n'))) {
                return i;
            }
        }
        return -1;
    }

    /** First body byte after the blank line found by {@link #headerEnd}. */
    static int bodyStart(byte[] b, int headerEnd) {
        return b[headerEnd + 1] == '\n' ? headerEnd + 2 : headerEnd + 3;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!lines.isEmpty() && !l.isEmpty() && (l.charAt(0) == ' ' || l.charAt(0) == '\t')) {
                // §7.3.1: a line starting with whitespace continues the previous header value.
                int last = lines.size() - 1;
                lines.set(last, lines.get(last) + " " + l.trim());
            } else if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static List<String[]> headers(List<String> lines) {
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.size() && headers.size() < MAX_HEADERS; i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon);
            if (isToken(name.trim())) {
                headers.add(new String[] {SipHeaderNames.canonical(name), line.substring(colon + 1).trim()});
            }
        }
        return headers;
    }

    static long contentLength(List<String[]> headers) {
        for (String[] h : headers) {
            if (h[0].equals("content-length")) {
                return parseLength(h[1]);
            }
        }
        return -1;
    }

    static long parseLength(String v) {
        String s = v.trim();
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(s);
    }

    private static int statusCode(String s) {
        if (s.length() != 3) {
            return -1;
        }
        for (int i = 0; i < 3; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    /** RFC 3261 §25.1 token characters. */
    static boolean isToken(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "-.!%*_+`'~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
