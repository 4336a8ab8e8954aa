package io.callrec.media.call;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rtpengine's recording metadata, in either of the two layouts its recording code writes:
 * <ul>
 * <li>the spool ".meta" file (recording method "proc"/"all"): chunks of a label line, a
 * "LENGTH:" line, LENGTH bytes and a blank line; labels used here are {@code CALL-ID},
 * {@code METADATA} and {@code SDP from ID before|after offer|answer} (ID names the monologue, the
 * party that sent the SDP; the first offerer is the caller);</li>
 * <li>the "pcap" method's text file (metadata/*.txt): the pcap path, then per SDP a header
 * ("Label:", "Timestamp started ms:", "SDP mode: offer|answer", "SDP before RTP packet: N"), a blank
 * line and the SDP; at the end "call start time:", "call end time:" and the metadata string.</li>
 * </ul>
 * Both the original and the rewritten SDP of a party are kept: packets in rtpengine's pcap run
 * between the party and rtpengine, so either copy's address can be the one a flow uses.
 */
final class RtpengineMetadata {

    private static final Pattern SDP_CHUNK = Pattern.compile("SDP from (\\S+) (before|after) (\\S+)");
    private static final Pattern SECTION_END = Pattern.compile(
            "^(Label:|Timestamp |SDP mode:|SDP before RTP packet:|call start time:|call end time:"
                    + "|Recording paused at:|Recording resumed at:)");

    private RtpengineMetadata() {
    }

    static SideFile parse(String text) throws IOException {
        String[] firstLines = text.split("\n", 3);
        if (firstLines.length >= 2 && firstLines[1].matches("\\d+:")) {
            return chunks(text.getBytes(StandardCharsets.UTF_8));
        }
        if (!text.contains("SDP mode:")) {
            throw new IOException("side file is neither our JSON nor rtpengine recording metadata");
        }
        return textFile(text);
    }

    private static SideFile chunks(byte[] b) throws IOException {
        String callId = null;
        String metadata = null;
        String callerId = null;
        List<String> caller = new ArrayList<>();
        List<String> callee = new ArrayList<>();
        int p = 0;
        while (p < b.length) {
            int labelEnd = indexOf(b, p, '\n');
            int lengthEnd = labelEnd < 0 ? -1 : indexOf(b, labelEnd + 1, '\n');
            if (lengthEnd < 0) {
                break;
            }
            String label = new String(b, p, labelEnd - p, StandardCharsets.UTF_8).trim();
            String lengthText = new String(b, labelEnd + 1, lengthEnd - labelEnd - 1, StandardCharsets.US_ASCII).trim();
            if (!lengthText.matches("\\d{1,8}:")) {
                throw new IOException("rtpengine metadata chunk '" + label + "' has no length line");
            }
            int length = Integer.parseInt(lengthText.substring(0, lengthText.length() - 1));
            int start = lengthEnd + 1;
            int end = Math.min(b.length, start + length);
            String content = new String(b, start, end - start, StandardCharsets.UTF_8);
            Matcher m = SDP_CHUNK.matcher(label);
            if (label.equals("CALL-ID")) {
                callId = content;
            } else if (label.equals("METADATA")) {
                metadata = content;
            } else if (m.matches()) {
                if (callerId == null) {
                    callerId = m.group(1);
                }
                (m.group(1).equals(callerId) ? caller : callee).add(content);
            }
            p = end;
            while (p < b.length && b[p] == '\n') {
                p++;
            }
        }
        return new SideFile(callId, caller, callee, metadata);
    }

    private static SideFile textFile(String text) {
        List<String> caller = new ArrayList<>();
        List<String> callee = new ArrayList<>();
        List<String> callerOrigins = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        String mode = null;
        StringBuilder sdp = null;
        String metadata = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (sdp != null && SECTION_END.matcher(line).find()) {
                assign(sdp.toString(), mode, caller, callee, callerOrigins);
                sdp = null;
            }
            if (line.startsWith("SDP mode:")) {
                mode = line.substring("SDP mode:".length()).trim();
            } else if (line.startsWith("SDP before RTP packet:")) {
                sdp = new StringBuilder();
            } else if (sdp != null) {
                if (sdp.length() > 0 || !line.isEmpty()) {
                    sdp.append(line).append("\r\n");
                }
            } else if (line.startsWith("call end time:")) {
                metadata = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)).strip();
                break;
            }
        }
        if (sdp != null) {
            assign(sdp.toString(), mode, caller, callee, callerOrigins);
        }
        return new SideFile(null, caller, callee, metadata == null || metadata.isEmpty() ? null : metadata);
    }

    /**
     * The caller is the party whose SDP came first as an offer; later SDPs with the same o= origin
     * (version aside) are the caller's too (RFC 8866 §5.2: the origin identifies the session's creator).
     */
    private static void assign(String sdp, String mode, List<String> caller, List<String> callee,
                               List<String> callerOrigins) {
        String origin = origin(sdp);
        boolean isCaller = caller.isEmpty() && callee.isEmpty() ? !"answer".equals(mode)
                : origin != null && callerOrigins.contains(origin);
        if (isCaller && origin != null) {
            callerOrigins.add(origin);
        }
        (isCaller ? caller : callee).add(sdp.strip() + "\r\n");
    }

    /** "o=" fields without the version (RFC 8866 §5.2: together they identify the session's creator). */
    private static String origin(String sdp) {
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("o=")) {
                String[] parts = line.substring(2).trim().split("\\s+");
                if (parts.length < 2) {
                    return null;
                }
                parts[Math.min(2, parts.length - 1)] = parts.length > 2 ? "" : parts[parts.length - 1];
                return String.join(" ", parts);
            }
        }
        return null;
    }

    private static int indexOf(byte[] b, int from, char c) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
