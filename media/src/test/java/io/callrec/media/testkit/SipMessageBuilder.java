package io.callrec.media.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds SIP messages (RFC 3261 §7) for fixtures: requests and responses with From/To tags,
 * Call-ID, CSeq, extra headers and a body; optionally with compact header names (§7.3.3) or the
 * Via header folded over two lines (§7.3.1). Content-Length is computed unless set explicitly.
 */
public final class SipMessageBuilder {

    private final String startLine;
    private final List<String[]> headers = new ArrayList<>();
    private String contentType;
    private byte[] body = new byte[0];
    private boolean compact;
    private boolean folded;
    private String contentLength;

    private SipMessageBuilder(String startLine) {
        this.startLine = startLine;
    }

    public static SipMessageBuilder request(String method, String uri) {
        return new SipMessageBuilder(method + " " + uri + " SIP/2.0");
    }

    public static SipMessageBuilder response(int status, String reason) {
        return new SipMessageBuilder("SIP/2.0 " + status + " " + reason);
    }

    /** The usual dialog headers; a null tag leaves the tag out (an initial request's To). */
    public SipMessageBuilder dialog(String callId, String fromUri, String fromTag, String toUri, String toTag,
                                    long cseq, String cseqMethod) {
        header("Via", "SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bK" + Long.toHexString(callId.hashCode() + cseq));
        header("From", "<" + fromUri + ">" + (fromTag == null ? "" : ";tag=" + fromTag));
        header("To", "<" + toUri + ">" + (toTag == null ? "" : ";tag=" + toTag));
        header("Call-ID", callId);
        header("CSeq", cseq + " " + cseqMethod);
        return this;
    }

    public SipMessageBuilder header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    public SipMessageBuilder body(String type, String text) {
        this.contentType = type;
        this.body = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** A multipart/mixed body (as SIPREC sends) with the given type/content pairs. */
    public SipMessageBuilder multipart(String boundary, String... typeAndContent) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < typeAndContent.length; i += 2) {
            b.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(typeAndContent[i]).append("\r\n\r\n")
                    .append(typeAndContent[i + 1]).append("\r\n");
        }
        b.append("--").append(boundary).append("--\r\n");
        return body("multipart/mixed;boundary=" + boundary, b.toString());
    }

    /** Use compact forms (i, f, t, v, c, l) for the headers that have them. */
    public SipMessageBuilder compact() {
        this.compact = true;
        return this;
    }

    /** Fold the Via and From values over continuation lines. */
    public SipMessageBuilder folded() {
        this.folded = true;
        return this;
    }

    /** Declare this Content-Length instead of the real one (for truncation fixtures). */
    public SipMessageBuilder contentLength(String value) {
        this.contentLength = value;
        return this;
    }

    public byte[] build() {
        StringBuilder s = new StringBuilder(startLine).append("\r\n");
        for (String[] h : headers) {
            String value = folded && (h[0].equals("Via") || h[0].equals("From")) ? h[1].replaceFirst(";", "\r\n   ;") : h[1];
            s.append(name(h[0])).append(": ").append(value).append("\r\n");
        }
        if (contentType != null) {
            s.append(name("Content-Type")).append(": ").append(contentType).append("\r\n");
        }
        s.append(name("Content-Length")).append(": ")
                .append(contentLength != null ? contentLength : String.valueOf(body.length)).append("\r\n\r\n");
        byte[] head = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    private String name(String name) {
        if (!compact) {
            return name;
        }
        return switch (name) {
            case "Call-ID" -> "i";
            case "From" -> "f";
            case "To" -> "t";
            case "Via" -> "v";
            case "Content-Type" -> "c";
            case "Content-Length" -> "l";
            case "Contact" -> "m";
            default -> name;
        };
    }

    /**
     * An audio SDP (RFC 8866) receiving at {@code address:port} with the given payload types and
     * extra attribute lines (e.g. "a=rtpmap:101 telephone-event/8000", "a=sendonly").
     */
    public static String audioSdp(String address, int port, String payloadTypes, String... attributes) {
        String family = address.indexOf(':') >= 0 ? "IP6" : "IP4";
        StringBuilder b = new StringBuilder("v=0\r\n")
                .append("o=- 1 1 IN ").append(family).append(' ').append(address).append("\r\n")
                .append("s=-\r\n")
                .append("c=IN ").append(family).append(' ').append(address).append("\r\n")
                .append("t=0 0\r\n")
                .append("m=audio ").append(port).append(" RTP/AVP ").append(payloadTypes).append("\r\n");
        for (String a : attributes) {
            b.append(a).append("\r\n");
        }
        return b.toString();
    }
}
