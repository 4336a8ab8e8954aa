package io.callrec.media.engine;

/**
 * One RFC 4733 telephone-event on a leg: {@code digit} is 0-9, *, #, A-D or "flash";
 * {@code startMillis} is relative to the start of the recording (negative when the tone came
 * before the first audio); {@code ended} is false when no end packet arrived.
 */
public record DtmfEvent(String digit, long startMillis, long durationMillis, boolean ended) {
}
