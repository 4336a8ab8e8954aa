package io.callrec.media.call;

import io.callrec.media.sdp.MediaDescription;
import java.util.List;

/**
 * One side's SDP as seen at {@code captureNanos} (when the message carrying it was captured):
 * where that side receives each audio stream and which payload types it expects there.
 * {@code carrier} names the message, e.g. "INVITE", "200 INVITE", "ACK", "side file".
 */
public record MediaUpdate(long captureNanos, CallParty side, String carrier, List<MediaDescription> audio) {

    public MediaUpdate {
        audio = List.copyOf(audio);
    }
}
