package io.callrec.media.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4733 telephone-event payloads of one leg turned into tones (event, start, duration). An
 * event is identified by its RTP timestamp (§2.5.1.2: all packets of one event carry the start
 * timestamp): a new timestamp or code starts a new tone whether or not its marker packet arrived,
 * so lost start packets are tolerated; duration updates keep the largest duration; the end bit
 * and its retransmissions (§2.5.1.4, usually three) only close the tone. A tone longer than the
 * 16-bit duration field continues as a new segment whose timestamp is the previous one plus its
 * duration (§2.5.1.3), which is joined to the running tone. Timestamps are kept in RTP ticks per
 * segment anchor and converted with the leg's clock rate at the end (8 kHz, or 48 kHz for Opus).
 */
public final class TelephoneEvents {

    /** A tone on the leg: {@code startNanos} from the call origin. */
    public record Tone(int event, long startNanos, long durationNanos, boolean ended) {

        /** 0-9, *, #, A-D, or "flash" (RFC 4733 §3.2 Table 1). */
        public String symbol() {
            return event <= 9 ? String.valueOf(event) : switch (event) {
                case 10 -> "*";
                case 11 -> "#";
                case 12, 13, 14, 15 -> String.valueOf((char) ('A' + event - 12));
                default -> "flash";
            };
        }
    }

    private static final int MAX_TONES = 1000;
    /** A segment at or above this duration may be continued by a long-duration segment. */
    private static final int LONG_SEGMENT = 0xFFFF - 0x1000;
    private static final int RECENT = 4;

    private final List<long[]> tones = new ArrayList<>();
    private long ignored;

    // Each tone: {event, anchorNanos, startTick, durationTicks, ended, segmentTick}
    private static final int EVENT = 0;
    private static final int ANCHOR = 1;
    private static final int START = 2;
    private static final int DURATION = 3;
    private static final int ENDED = 4;
    private static final int SEGMENT = 5;

    /**
     * One event packet: {@code tick} is its extended RTP timestamp relative to the segment anchor,
     * which lies {@code anchorNanos} after the call origin. Returns false when the payload is not
     * a 4-byte event.
     */
    boolean offer(long anchorNanos, long tick, byte[] b, int offset, int length) {
        if (length < 4) {
            return false;
        }
        int event = b[offset] & 0xFF;
        boolean end = (b[offset + 1] & 0x80) != 0;
        long duration = ((b[offset + 2] & 0xFF) << 8) | (b[offset + 3] & 0xFF);
        for (int i = tones.size() - 1; i >= Math.max(0, tones.size() - RECENT); i--) {
            long[] t = tones.get(i);
            if (t[ANCHOR] == anchorNanos && t[SEGMENT] == tick && t[EVENT] == event) {
                t[DURATION] = Math.max(t[DURATION], tick - t[START] + duration);
                t[ENDED] |= end ? 1 : 0;
                return true;
            }
        }
        if (!tones.isEmpty()) {
            long[] last = tones.get(tones.size() - 1);
            long segmentDuration = last[START] + last[DURATION] - last[SEGMENT];
            if (last[EVENT] == event && last[ENDED] == 0 && last[ANCHOR] == anchorNanos
                    && segmentDuration >= LONG_SEGMENT && tick >= last[SEGMENT] + segmentDuration - 0x1000
                    && tick <= last[SEGMENT] + segmentDuration + 0x1000) {
                last[SEGMENT] = tick;
                last[DURATION] = tick - last[START] + duration;
                last[ENDED] = end ? 1 : 0;
                return true;
            }
        }
        if (tones.size() >= MAX_TONES) {
            ignored++;
            return true;
        }
        tones.add(new long[] {event, anchorNanos, tick, duration, end ? 1 : 0, tick});
        return true;
    }

    /** True when a packet at {@code tick} would open a new tone rather than update one. */
    boolean isNewTone(long anchorNanos, long tick) {
        for (int i = tones.size() - 1; i >= Math.max(0, tones.size() - RECENT); i--) {
            if (tones.get(i)[ANCHOR] == anchorNanos && tones.get(i)[SEGMENT] == tick) {
                return false;
            }
        }
        return true;
    }

    /** Tones in order of arrival, times converted with {@code clockRate} ticks per second. */
    public List<Tone> tones(int clockRate) {
        List<Tone> out = new ArrayList<>(tones.size());
        for (long[] t : tones) {
            out.add(new Tone((int) t[EVENT], t[ANCHOR] + t[START] * 1_000_000_000L / clockRate,
                    t[DURATION] * 1_000_000_000L / clockRate, t[ENDED] != 0));
        }
        return out;
    }

    /** Tones beyond the {@value #MAX_TONES} kept. */
    public long ignored() {
        return ignored;
    }
}
