package io.callrec.media.rtp;

import java.nio.charset.StandardCharsets;

/** Recognises SIP messages (RFC 3261 §7) by their start line, so they are never taken for media. */
public final class SipSignature {

    private static final byte[][] STARTS = {
        bytes("SIP/2.0 "), bytes("INVITE "), bytes("ACK "), bytes("BYE "), bytes("CANCEL "),
        bytes("OPTIONS "), bytes("REGISTER "), bytes("PRACK "), bytes("SUBSCRIBE "), bytes("NOTIFY "),
        bytes("PUBLISH "), bytes("INFO "), bytes("REFER "), bytes("MESSAGE "), bytes("UPDATE "),
    };

    private SipSignature() {
    }

    public static boolean isSip(byte[] b, int offset, int length) {
        for (byte[] start : STARTS) {
            if (startsWith(b, offset, length, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int offset, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
