package io.callrec.media.sip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits one direction of a TCP connection into SIP messages by Content-Length (RFC 3261 §18.3:
 * mandatory on stream transports; absent is read as 0). Bytes arrive in any chunking. Bytes that
 * cannot start a message are skipped up to the next line and counted, so the framer resynchronises
 * after garbage or a lost segment instead of stalling; the buffer never exceeds one maximum message.
 */
public final class SipStreamFramer {

    private byte[] buffer = new byte[4096];
    private int length;
    private long messages;
    private long skippedBytes;

    /** Appends stream bytes and hands every completed message to {@code sink}. */
    public void feed(byte[] b, int offset, int count, Consumer<SipMessage> sink) {
        if (count <= 0) {
            return;
        }
        ensure(length + count);
        System.arraycopy(b, offset, buffer, length, count);
        length += count;
        drain(sink);
    }

    /** Forgets buffered bytes: the caller saw a gap in the stream. */
    public void reset() {
        skippedBytes += length;
        length = 0;
    }

    public long messages() {
        return messages;
    }

    /** Bytes dropped while resynchronising (garbage, or the tail of a message cut by a gap). */
    public long skippedBytes() {
        return skippedBytes;
    }

    private void drain(Consumer<SipMessage> sink) {
        int p = 0;
        while (true) {
            p = SipParser.skipLineBreaks(buffer, p, length);
            if (p >= length) {
                break;
            }
            int lineEnd = indexOf(buffer, (byte) '\n', p, length);
            if (lineEnd < 0) {
                if (length - p > SipParser.MAX_MESSAGE) {
                    p = skip(p, length);
                }
                break;
            }
            if (!looksLikeStartLine(p, lineEnd)) {
                p = skip(p, lineEnd + 1);
                continue;
            }
            int headerEnd = SipParser.headerEnd(buffer, p, length);
            if (headerEnd < 0) {
                if (length - p > SipParser.MAX_MESSAGE) {
                    p = skip(p, lineEnd + 1);
                    continue;
                }
                break;
            }
            int bodyStart = SipParser.bodyStart(buffer, headerEnd);
            long declared = declaredLength(p, headerEnd);
            if (declared > SipParser.MAX_MESSAGE) {
                p = skip(p, bodyStart);
                continue;
            }
            int end = bodyStart + (int) Math.max(0, declared);
            if (end > length) {
                break;
            }
            SipMessage m = SipParser.parse(buffer, p, end - p);
            if (m != null) {
                messages++;
                sink.accept(m);
            } else {
                skippedBytes += end - p;
            }
            p = end;
        }
        System.arraycopy(buffer, p, buffer, 0, length - p);
        length -= p;
    }

    private int skip(int from, int to) {
        skippedBytes += to - from;
        return to;
    }

    private boolean looksLikeStartLine(int from, int lineEnd) {
        String line = new String(buffer, from, Math.min(lineEnd - from, 512), StandardCharsets.ISO_8859_1).trim();
        String[] parts = line.split(" ", 3);
        if (parts.length >= 2 && parts[0].equalsIgnoreCase("SIP/2.0")) {
            return true;
        }
        return parts.length == 3 && parts[2].equalsIgnoreCase("SIP/2.0") && SipParser.isToken(parts[0]);
    }

    /** Content-Length of the header block, 0 when absent, -1 when malformed. */
    private long declaredLength(int from, int headerEnd) {
        String headers = new String(buffer, from, headerEnd - from, StandardCharsets.ISO_8859_1);
        for (String line : headers.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && SipHeaderNames.canonical(line.substring(0, colon)).equals("content-length")) {
                return SipParser.parseLength(line.substring(colon + 1));
            }
        }
        return 0;
    }

    private void ensure(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }

    private static int indexOf(byte[] b, byte v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
