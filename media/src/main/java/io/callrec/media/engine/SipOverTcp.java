package io.callrec.media.engine;

import io.callrec.media.call.SignallingCollector;
import io.callrec.media.capture.TcpChunk;
import io.callrec.media.capture.TcpStreamListener;

/**
 * Feeds each TCP direction's in-order bytes to the SIP collector (RFC 3261 §18.3 framing happens
 * there), keyed by "source -> destination". Only signalling travels here; RTP stays on UDP.
 */
final class SipOverTcp implements TcpStreamListener {

    private final SignallingCollector sip;

    SipOverTcp(SignallingCollector sip) {
        this.sip = sip;
    }

    @Override
    public void payload(TcpChunk c) {
        String key = key(c);
        if (c.afterGap()) {
            sip.streamGap(key);
        }
        sip.streamBytes(key, c.data(), c.offset(), c.length(), c.timestampNanos());
    }

    @Override
    public void closed(TcpChunk c) {
        sip.streamClosed(key(c));
    }

    private static String key(TcpChunk c) {
        return c.route();
    }
}
