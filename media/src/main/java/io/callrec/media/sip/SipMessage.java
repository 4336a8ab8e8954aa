package io.callrec.media.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One parsed SIP request or response. Header names are canonical (lower case, compact forms
 * expanded); values are unfolded and trimmed. {@link #truncated()} is set when the message ended
 * before its headers or its Content-Length bytes did (a capture snap length, a lost fragment).
 */
public final class SipMessage {

    private final String method;
    private final String requestUri;
    private final int statusCode;
    private final List<String[]> headers;
    private final byte[] body;
    private final boolean truncated;

    SipMessage(String method, String requestUri, int statusCode, List<String[]> headers, byte[] body,
               boolean truncated) {
        this.method = method;
        this.requestUri = requestUri;
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
        this.truncated = truncated;
    }

    public boolean isRequest() {
        return method != null;
    }

    /** Request method in upper case, or null for a response. */
    public String method() {
        return method;
    }

    public String requestUri() {
        return requestUri;
    }

    /** Response status code, or 0 for a request. */
    public int statusCode() {
        return statusCode;
    }

    /** First value of the header (any spelling or compact form), or null. */
    public String header(String name) {
        String n = SipHeaderNames.canonical(name);
        for (String[] h : headers) {
            if (h[0].equals(n)) {
                return h[1];
            }
        }
        return null;
    }

    /** Every value of the header, in message order. */
    public List<String> headers(String name) {
        String n = SipHeaderNames.canonical(name);
        List<String> values = new ArrayList<>();
        for (String[] h : headers) {
            if (h[0].equals(n)) {
                values.add(h[1]);
            }
        }
        return values;
    }

    public String callId() {
        return header("call-id");
    }

    /** CSeq sequence number (RFC 3261 §20.16), or -1 when absent or malformed. */
    public long cseqNumber() {
        String v = header("cseq");
        if (v == null) {
            return -1;
        }
        String[] parts = v.trim().split("\\s+");
        try {
            return Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** CSeq method in upper case (for a response: the method it answers), or null. */
    public String cseqMethod() {
        String v = header("cseq");
        if (v == null) {
            return null;
        }
        String[] parts = v.trim().split("\\s+");
        return parts.length < 2 ? null : parts[1].toUpperCase(Locale.ROOT);
    }

    public String fromTag() {
        return NameAddr.tag(header("from"));
    }

    public String toTag() {
        return NameAddr.tag(header("to"));
    }

    public String fromUri() {
        return NameAddr.uri(header("from"));
    }

    public String toUri() {
        return NameAddr.uri(header("to"));
    }

    /** Media type of the body in lower case without parameters, or null. */
    public String contentType() {
        String v = header("content-type");
        if (v == null) {
            return null;
        }
        int semi = v.indexOf(';');
        return (semi < 0 ? v : v.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    public byte[] body() {
        return body.clone();
    }

    public boolean truncated() {
        return truncated;
    }

    /** The SDP carried by the body directly or as a part of a multipart body, or null. */
    public String sdp() {
        String type = contentType();
        if (body.length == 0) {
            return null;
        }
        if (type == null || type.equals("application/sdp")) {
            String text = new String(body, StandardCharsets.UTF_8);
            return type != null || text.startsWith("v=") ? text : null;
        }
        if (type.startsWith("multipart/")) {
            for (Multipart.Part p : Multipart.parts(header("content-type"), body)) {
                if ("application/sdp".equals(p.contentType())) {
                    return new String(p.body(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    /** The body as text (for small bodies such as application/dtmf-relay). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return isRequest() ? method + " " + requestUri : "SIP/2.0 " + statusCode + " (" + cseqMethod() + ")";
    }
}
