package io.callrec.media.call;

import io.callrec.media.sdp.SdpParser;
import io.callrec.media.sdp.SessionDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A call's SDP and metadata from a file next to the capture, for captures without SIP. Two formats
 * are read, told apart by content: our JSON side file ({@link JsonSideFile}) and rtpengine's
 * recording metadata ({@link RtpengineMetadata}). {@code callId} may be null; each side may have
 * several SDPs (offer, re-offers, rewritten copies), oldest first.
 */
public record SideFile(String callId, List<String> callerSdps, List<String> calleeSdps, String metadata) {

    /** Larger files are not metadata; reading stops there and the file is refused. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    public SideFile {
        callerSdps = List.copyOf(callerSdps);
        calleeSdps = List.copyOf(calleeSdps);
    }

    /** @throws IOException when unreadable, too large, or neither format */
    public static SideFile read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException("side file larger than " + (MAX_BYTES >> 20) + " MiB: " + file);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        SideFile parsed = text.stripLeading().startsWith("{") ? JsonSideFile.parse(text) : RtpengineMetadata.parse(text);
        if (parsed.callerSdps.isEmpty() && parsed.calleeSdps.isEmpty()) {
            throw new IOException("side file has no SDP: " + file);
        }
        return parsed;
    }

    /** The call as a dialog (no message times: -1): every SDP becomes a media update of its side at time 0. */
    public SipDialog toDialog() {
        SipDialog d = new SipDialog(callId == null ? "side-file" : callId, null, null, null, -1);
        add(d, CallParty.CALLER, callerSdps);
        add(d, CallParty.CALLEE, calleeSdps);
        return d;
    }

    private static void add(SipDialog d, CallParty side, List<String> sdps) {
        for (String sdp : sdps) {
            SessionDescription s = SdpParser.parse(sdp);
            if (s != null && !s.audio().isEmpty()) {
                d.addUpdate(new MediaUpdate(0, side, "side file", s.audio()));
            }
        }
    }
}
