package io.callrec.media.sdp;

import java.util.List;

/** A parsed SDP: the origin line's session id, the session-level c= address, and every m= section. */
public record SessionDescription(String origin, String address, List<MediaDescription> media) {

    public SessionDescription {
        media = List.copyOf(media);
    }

    /** The m=audio sections in order (disabled ones included, so indexes match the SDP). */
    public List<MediaDescription> audio() {
        return media.stream().filter(MediaDescription::isAudio).toList();
    }
}
