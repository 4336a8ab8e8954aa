package io.callrec.media.engine;

/**
 * What the SIP reader met in the capture: messages parsed, SIP-looking payloads (or stream bytes)
 * that could not be parsed, and messages cut short (snap length, lost fragment).
 */
public record SipCounters(long messages, long malformed, long truncated) {

    public static final SipCounters NONE = new SipCounters(0, 0, 0);
}
