package io.callrec.media.engine;

import io.callrec.media.call.CallParty;
import io.callrec.media.codec.PayloadKind;
import io.callrec.media.codec.PayloadMap;
import io.callrec.media.codec.PayloadTypes;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.StreamInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Legs derived from the detected streams, ordered by first packet. Without signalling a leg is one
 * UDP direction. With signalling, directions assigned to the same dialog side form one leg (a
 * re-INVITE that moves the media to a new port continues the leg), and each leg carries its role
 * and the payload map of its SDP. At most {@link #MAX_LEGS} legs are kept (those with the most
 * packets); the rest are counted.
 *
 * <p>Each leg gets its RTP clock rate (from SDP's a=rtpmap when the map binds the type, else from
 * the static payload types; 0 when only unbound dynamic types were seen, then the timeline
 * measures it) and its track rate (the highest output rate of its decoders, e.g. 16000 for G.722;
 * 8000 without decoders). An unbound dynamic type may be decoded as Opus on the evidence of
 * {@link OpusGuess}; statistics then name it {@link PayloadMap#GUESSED_OPUS} and one log line per leg says so.
 * An Opus type decodes for the widest bandwidth the TOC bytes of its packets on the leg announce
 * ({@link PayloadMap#withOpusCodedRate}): a narrowband-only Opus leg is a narrowband leg (8 kHz track).
 */
final class LegPlan {

    static final int MAX_LEGS = 64;
    private static final Logger LOG = Logger.getLogger(LegPlan.class.getName());
    private static final int DEFAULT_RATE = 8000;

    /** {@code direction} is the leg's earliest UDP direction, used to name it in statistics. */
    record Leg(FlowKey direction, long firstNanos, boolean audio, CallParty role, String callId, PayloadMap payloads,
               int clockRate, int trackRate) {
    }

    private final List<Leg> legs;
    private final Map<FlowKey, Integer> legOfStream = new HashMap<>();
    private final TreeSet<Integer> payloadTypes = new TreeSet<>();
    private final int ignoredLegs;

    LegPlan(Map<FlowKey, StreamInfo> streams) {
        this(streams, Map.of());
    }

    /** Without Opus guessing evidence: unbound dynamic types stay unsupported. */
    LegPlan(Map<FlowKey, StreamInfo> streams, Map<FlowKey, CallMatcher.Assignment> assignments) {
        this(streams, assignments, new OpusGuess());
    }

    /**
     * {@code assignments} maps streams to dialog sides; streams without one form a leg per UDP
     * direction. {@code opus} decides whether an unbound dynamic type of a leg is decoded as Opus:
     * when at least one of its streams says so and none says otherwise.
     */
    LegPlan(Map<FlowKey, StreamInfo> streams, Map<FlowKey, CallMatcher.Assignment> assignments, OpusGuess opus) {
        Map<String, Acc> byKey = new HashMap<>();
        Map<FlowKey, String> keyOfStream = new HashMap<>();
        streams.forEach((key, info) -> {
            FlowKey direction = key.direction();
            CallMatcher.Assignment a = assignments.get(key);
            String legKey = a == null ? "flow/" + direction : a.legKey();
            keyOfStream.put(key, legKey);
            Acc acc = byKey.computeIfAbsent(legKey, k -> new Acc(a));
            if (info.firstNanos() < acc.firstNanos || (info.firstNanos() == acc.firstNanos
                    && direction.toString().compareTo(acc.direction.toString()) < 0)) {
                acc.firstNanos = info.firstNanos();
                acc.direction = direction;
            }
            acc.packets += info.packets();
            for (int pt = 96; pt < 128; pt++) {
                int verdict = info.sawPayloadType(pt) && !acc.payloads.bound(pt) ? opus.verdict(info, pt) : 0;
                acc.opusVotes[pt - 96] = verdict < 0 || acc.opusVotes[pt - 96] < 0 ? -1 : Math.max(verdict, acc.opusVotes[pt - 96]);
                acc.opusRates[pt - 96] = Math.max(acc.opusRates[pt - 96], opus.codedRate(info, pt));
            }
        });
        streams.forEach((key, info) -> {
            Acc acc = byKey.get(keyOfStream.get(key));
            acc.applyGuesses();
            for (int pt = 0; pt < 128; pt++) {
                if (info.sawPayloadType(pt)) {
                    payloadTypes.add(pt);
                    acc.saw(pt);
                }
            }
        });
        List<Map.Entry<String, Acc>> kept = new ArrayList<>(byKey.entrySet());
        kept.sort(Comparator.comparingLong((Map.Entry<String, Acc> e) -> -e.getValue().packets)
                .thenComparing(e -> e.getValue().direction.toString()));
        ignoredLegs = Math.max(0, kept.size() - MAX_LEGS);
        List<Map.Entry<String, Acc>> entries = new ArrayList<>(kept.subList(0, Math.min(MAX_LEGS, kept.size())));
        entries.sort(Comparator.comparingLong((Map.Entry<String, Acc> e) -> e.getValue().firstNanos)
                .thenComparing(e -> e.getValue().direction.toString()));
        List<Leg> list = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Map.Entry<String, Acc> e : entries) {
            Acc acc = e.getValue();
            index.put(e.getKey(), list.size());
            int track = acc.trackRate > 0 ? acc.trackRate : acc.clockRate > 0 ? acc.clockRate : DEFAULT_RATE;
            list.add(new Leg(acc.direction, acc.firstNanos, acc.audio, acc.role, acc.callId, acc.payloads,
                    acc.clockRate, track));
        }
        legs = List.copyOf(list);
        keyOfStream.forEach((stream, legKey) -> {
            Integer i = index.get(legKey);
            if (i != null) {
                legOfStream.put(stream, i);
            }
        });
    }

    /** What a leg accumulates while its streams are read. */
    private static final class Acc {
        final CallParty role;
        final String callId;
        PayloadMap payloads;
        /** Per dynamic type 96-127: 1 = guessed Opus, -1 = ruled out, 0 = no evidence. */
        final int[] opusVotes = new int[32];
        /** Per dynamic type 96-127: the rate the widest Opus packet seen on the leg needs, 0 = none. */
        final int[] opusRates = new int[32];
        private boolean guessed;
        long firstNanos = Long.MAX_VALUE;
        FlowKey direction;
        long packets;
        boolean audio;
        int clockRate;
        int clockRank;
        int trackRate;

        Acc(CallMatcher.Assignment a) {
            role = a == null ? CallParty.UNKNOWN : a.role();
            callId = a == null ? null : a.callId();
            payloads = a == null ? PayloadMap.STATIC : a.payloads();
        }

        /**
         * Unbound dynamic types guessed as Opus are bound as "opus (guessed)", and every Opus type decodes
         * for the widest bandwidth its packets coded (once per leg).
         */
        void applyGuesses() {
            if (guessed) {
                return;
            }
            guessed = true;
            for (int i = 0; i < 32; i++) {
                if (opusVotes[i] > 0) {
                    LOG.info("no SDP binds payload type " + (96 + i) + " of leg " + direction
                            + ": decoded as Opus (measured 48 kHz clock, valid Opus framing)");
                    payloads = payloads.withGuessedOpus(96 + i);
                }
                if (opusRates[i] > 0 && payloads.isOpus(96 + i)) {
                    payloads = payloads.withOpusCodedRate(96 + i, opusRates[i]);
                }
            }
        }

        /**
         * The clock comes from the best-placed type seen: an audio type with a decoder (the last
         * one seen wins, as before; it also raises the track rate), else another media type (e.g.
         * Opus bound by SDP before its decoder exists), else an event type; CN never sets it.
         */
        void saw(int pt) {
            int outputRate = payloads.outputRate(pt);
            PayloadKind kind = payloads.classify(pt, new byte[0], 0, 0);
            int rank = outputRate > 0 ? 3 : kind == PayloadKind.EVENT ? 1 : 2;
            if (outputRate > 0) {
                audio = true;
                trackRate = Math.max(trackRate, outputRate);
            }
            int clock = kind == PayloadKind.COMFORT_NOISE ? 0 : clock(pt);
            if (clock > 0 && (rank > clockRank || rank == 3)) {
                clockRate = clock;
                clockRank = rank;
            }
        }

        /** SDP's rate when the map binds the type (e.g. 48000 for Opus), else RFC 3551's static one. */
        private int clock(int pt) {
            int sdp = payloads.bound(pt) ? payloads.clockRate(pt) : 0;
            return sdp > 0 ? sdp : PayloadTypes.clockRate(pt);
        }
    }

    List<Leg> legs() {
        return legs;
    }

    /** Legs beyond {@link #MAX_LEGS} that were not rebuilt. */
    int ignoredLegs() {
        return ignoredLegs;
    }

    /** Leg index for an accepted (5-tuple, SSRC) stream, or -1. */
    int legOf(FlowKey stream) {
        Integer i = legOfStream.get(stream);
        return i == null ? -1 : i;
    }

    /** The earliest first packet of any leg. */
    long origin() {
        return legs.stream().mapToLong(Leg::firstNanos).min().orElse(0);
    }

    /** Names of payload types seen, for an "unsupported codec" message. */
    String payloadSummary() {
        List<String> names = new ArrayList<>();
        for (int pt : payloadTypes) {
            String name = PayloadMap.STATIC.name(pt, PayloadKind.UNSUPPORTED);
            names.add(name.equals("PT" + pt) ? "PT " + pt : name + " (PT " + pt + ")");
        }
        return String.join(", ", names);
    }
}
